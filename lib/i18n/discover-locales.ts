import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * "Adding a language is adding one file": the supported locales are the names of the
 * catalogues in `lib/i18n/messages/` (`en.json`, `fr.json`, `pt-BR.json`…).
 *
 * This runs in Node only: `next.config.ts` calls it when Next loads the configuration (for
 * `next dev` and `next build` alike, Turbopack or not) and inlines the result into every
 * bundle as `process.env.FIELDBOOK_LOCALES` (see `lib/i18n/config.ts`). The catalogues
 * themselves are loaded with a template-literal `import()` (`lib/i18n/messages.ts`), which
 * both bundlers compile into a map of every `messages/*.json` file — so the list and the
 * loader come from the same folder and cannot disagree. The unit tests call it too.
 */
export const messagesDirectoryFromRoot = path.join("lib", "i18n", "messages");

export function discoverLocales(messagesDirectory: string): string[] {
  const locales = readdirSync(messagesDirectory)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length));

  for (const locale of locales) {
    const [canonical] = safeCanonicalLocales(locale);
    if (canonical !== locale) {
      throw new Error(
        `lib/i18n/messages/${locale}.json: the file name must be a canonical BCP 47 language tag` +
          (canonical ? ` (did you mean ${canonical}.json?)` : ""),
      );
    }
  }
  return locales.sort();
}

function safeCanonicalLocales(tag: string): string[] {
  try {
    return Intl.getCanonicalLocales(tag);
  } catch {
    return [];
  }
}
