import { locales } from "./config";

export type LanguageOption = { locale: string; label: string };

/**
 * Each language named in itself ("English", "Français"), so someone who cannot read the
 * current language still finds theirs. Derived from the tag: a new catalogue needs no name.
 */
export function languageOptions(): LanguageOption[] {
  return locales.map((locale) => {
    const name = languageName(locale, locale);
    // Capitalised as a label on its own: "français" → "Français".
    return { locale, label: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
  });
}

/** `locale`'s name as written in `displayLocale`, for running text ("anglais et français"). */
export function languageName(locale: string, displayLocale: string): string {
  return new Intl.DisplayNames([displayLocale], { type: "language" }).of(locale) ?? locale;
}
