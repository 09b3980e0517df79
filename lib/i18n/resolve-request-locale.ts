import "server-only";
import { cookies, headers } from "next/headers";
import { defaultLocale, localeCookieName, locales } from "./config";
import { resolveLocale } from "./negotiate";
import { getProfileLocale } from "./profile-locale";

/** The locale of the current request: profile → `NEXT_LOCALE` cookie → Accept-Language → en. */
export async function resolveRequestLocale(): Promise<string> {
  const [profileLocale, cookieStore, headerList] = await Promise.all([
    getProfileLocale(),
    cookies(),
    headers(),
  ]);
  return resolveLocale(
    {
      profileLocale,
      cookieLocale: cookieStore.get(localeCookieName)?.value,
      acceptLanguage: headerList.get("accept-language"),
    },
    locales,
    defaultLocale,
  );
}
