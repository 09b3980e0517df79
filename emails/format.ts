/**
 * Dates and times in emails: always in the zone of the place they concern (the service
 * address, the company), always followed by that zone's name (product.md, failure 4).
 */

/**
 * The regional variant used to write dates for each catalogue language. The company works in
 * Europe: British English writes "Tuesday 3 March, 14:00" where "en" alone would write
 * "Tuesday, March 3 at 2:00 PM". Languages not listed use their own tag.
 */
const FORMATTING_LOCALE: Partial<Record<string, string>> = { en: "en-GB" };

export function formattingLocale(locale: string): string {
  return FORMATTING_LOCALE[locale] ?? locale;
}

export type WallClock = {
  /** "Tuesday 3 March" / "mardi 3 mars". */
  date: string;
  /** "14:00". */
  time: string;
};

/** The wall-clock date and time of `instant` in `timeZone` (an IANA zone), in `locale`. */
export function wallClock(instant: Date | string, timeZone: string, locale: string): WallClock {
  const at = new Date(instant);
  const intlLocale = formattingLocale(locale);
  return {
    date: new Intl.DateTimeFormat(intlLocale, { weekday: "long", day: "numeric", month: "long", timeZone }).format(at),
    time: new Intl.DateTimeFormat(intlLocale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at),
  };
}

/** Like `wallClock`, with the year: for expiry dates that may be months away. */
export function wallClockWithYear(instant: Date | string, timeZone: string, locale: string): WallClock {
  const at = new Date(instant);
  const intlLocale = formattingLocale(locale);
  return {
    date: new Intl.DateTimeFormat(intlLocale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone }).format(at),
    time: new Intl.DateTimeFormat(intlLocale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at),
  };
}
