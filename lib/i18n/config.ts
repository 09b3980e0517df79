/**
 * Locale settings shared by the server and the browser. Locales are not in the URL: the
 * request decides (`lib/i18n/resolve-request-locale.ts`).
 */

/** The source catalogue: every other catalogue has exactly its keys (tests/unit/i18n). */
export const defaultLocale = "en";

/** Set by the language switcher (`app/_actions/set-locale.ts`), read on every request. */
export const localeCookieName = "NEXT_LOCALE";

/** One year: a language choice is a lasting preference, not a session setting. */
export const localeCookieMaxAgeSeconds = 60 * 60 * 24 * 365;

/**
 * The demo company works in Paris; dates and times are shown in its zone until the company's
 * zone becomes a portal setting (product.md §4). Appointments are shown in their service
 * address's zone regardless (style.md, Dates).
 */
export const defaultTimeZone = "Europe/Paris";

/**
 * One entry per file in `lib/i18n/messages/`. `next.config.ts` reads that folder with
 * `discoverLocales()` and inlines the list as `process.env.FIELDBOOK_LOCALES` in the server
 * and browser bundles, so this module stays free of `node:fs` and works in client
 * components. After adding a catalogue, restart `next dev` (it reads the config once).
 */
export const locales: readonly string[] = readLocalesFromBuild();

export function isLocale(value: unknown): value is string {
  return typeof value === "string" && locales.includes(value);
}

function readLocalesFromBuild(): readonly string[] {
  const list = process.env.FIELDBOOK_LOCALES;
  if (!list) {
    throw new Error(
      "process.env.FIELDBOOK_LOCALES is missing: next.config.ts sets it from lib/i18n/messages. " +
        "Outside Next (scripts, tests), use discoverLocales() from lib/i18n/discover-locales.ts.",
    );
  }
  const found = list.split(",");
  if (!found.includes(defaultLocale)) {
    throw new Error(`lib/i18n/messages/${defaultLocale}.json is missing: it is the source catalogue.`);
  }
  return Object.freeze(found);
}
