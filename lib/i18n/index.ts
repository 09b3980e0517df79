// What app/ and components/ may import from lib/i18n. Server-side resolution lives in
// request.ts (wired by next.config.ts); read the locale with next-intl's getLocale().
export { defaultLocale, isLocale, localeCookieMaxAgeSeconds, localeCookieName, locales } from "./config";
export { languageName, languageOptions, type LanguageOption } from "./language-names";
export { SetLocaleInput } from "./schemas";
