/** Isomorphic time formatting for the portal: a visit's time in a named zone, in the UI's locale. */
export function formatInZone(instant: Date, timeZone: string, locale: string, withDate = true): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    ...(withDate ? { weekday: "short", day: "numeric", month: "short", year: "numeric" } : {}),
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}

/** True when the viewer's clock reads another time than the address's at this instant. */
export function differsInViewerZone(instant: Date, addressZone: string, viewerZone: string | null): boolean {
  if (!viewerZone) return false;
  const read = (timeZone: string) => formatInZone(instant, timeZone, "en-GB");
  return read(addressZone) !== read(viewerZone);
}
