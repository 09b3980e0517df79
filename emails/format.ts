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

const FORMATS = {
  date: { weekday: "long", day: "numeric", month: "long" },
  dateWithYear: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Formatters are kept per format, language and zone for the process: building an
 * Intl.DateTimeFormat costs far more than formatting with one, and every appointment email
 * formats several times (bench:booking). Few languages × the zones of the service addresses.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(format: keyof typeof FORMATS, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${format}\u0000${locale}\u0000${timeZone}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(formattingLocale(locale), { ...FORMATS[format], timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** The wall-clock date and time of `instant` in `timeZone` (an IANA zone), in `locale`. */
export function wallClock(instant: Date | string, timeZone: string, locale: string): WallClock {
  const at = new Date(instant);
  return { date: formatter("date", locale, timeZone).format(at), time: formatter("time", locale, timeZone).format(at) };
}

/** Like `wallClock`, with the year: for expiry dates that may be months away. */
export function wallClockWithYear(instant: Date | string, timeZone: string, locale: string): WallClock {
  const at = new Date(instant);
  return { date: formatter("dateWithYear", locale, timeZone).format(at), time: formatter("time", locale, timeZone).format(at) };
}
