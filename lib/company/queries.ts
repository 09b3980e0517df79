import "server-only";
import { cache } from "react";
import { SETTINGS_ID, type Db } from "@/lib/db";

/** The schema's default zone (prisma/schema.prisma, Settings.timeZone), used before set-up. */
export const DEFAULT_COMPANY_TIME_ZONE = "Europe/Paris";

export type CompanyProfile = {
  /** Null before the company is set up (no Settings row yet). */
  name: string | null;
  /** IANA zone the company works in: "today" and working hours are read in it. */
  timeZone: string;
};

/**
 * The company's name and zone, from the single Settings row. Cached per request: the
 * layout and the page of one request share one query.
 */
export const findCompanyProfile = cache(async (db: Db): Promise<CompanyProfile> => {
  const settings = await db.settings.findUnique({
    where: { id: SETTINGS_ID },
    select: { companyName: true, timeZone: true },
  });
  return {
    name: settings?.companyName ?? null,
    timeZone: settings?.timeZone ?? DEFAULT_COMPANY_TIME_ZONE,
  };
});
