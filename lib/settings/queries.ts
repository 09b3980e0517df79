import "server-only";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { type PortalSettingsInput } from "./schemas";

const SELECT = {
  timeZone: true,
  minimumNoticeMinutes: true,
  bookingHorizonDays: true,
  slotStepMinutes: true,
  rescheduleCutoffMinutes: true,
  cancelCutoffMinutes: true,
  maxReschedules: true,
  trackingEnabled: true,
} as const;

/** The portal settings as the form edits them; null before the company is set up. */
export async function findPortalSettings(db: Db): Promise<PortalSettingsInput | null> {
  return db.settings.findUnique({ where: { id: SETTINGS_ID }, select: SELECT });
}
export { SELECT as PORTAL_SETTINGS_SELECT };
