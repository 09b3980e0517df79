import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";

/** "3 Mar 2026, 09:15 (Europe/Paris)": staff read times in the company's zone, named. */
export async function dateTimeInZoneFormatter(timeZone: string): Promise<(instant: Date) => string> {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("admin.shared")]);
  return (instant) =>
    t("dateTimeInZone", { dateTime: format.dateTime(instant, { dateStyle: "medium", timeStyle: "short", timeZone }), timeZone });
}
