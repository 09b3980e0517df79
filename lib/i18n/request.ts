import { getRequestConfig } from "next-intl/server";
import { defaultTimeZone } from "./config";
import { loadMessages } from "./messages";
import { resolveRequestLocale } from "./resolve-request-locale";

// Wired by next.config.ts (createNextIntlPlugin). No locale in the URL: each request
// resolves its own, so every page renders per request.
export default getRequestConfig(async () => {
  const locale = await resolveRequestLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    timeZone: defaultTimeZone,
  };
});
