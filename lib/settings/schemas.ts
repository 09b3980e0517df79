/**
 * Portal settings (product.md §4; "Where peers fail" 7 and 8): company zone, minimum notice,
 * booking horizon, slot step, separate reschedule and cancel cutoffs, reschedules allowed per
 * appointment, live tracking. Isomorphic; messages are next-intl keys.
 */
import { z } from "zod";
import { isKnownTimeZone } from "@/lib/scheduling";

/** An IANA zone name; Intl also accepts offsets ("+02:00"), which are refused (style.md "Dates"). */
const isNamedTimeZone = (value: string) => /^[A-Za-z]/.test(value) && isKnownTimeZone(value);

const E = "admin.portalSettings.errors";

const minutes = (max: number, message: string) => z.coerce.number(message).int(message).min(0, message).max(max, message);

export const PortalSettingsInput = z.object({
  /** IANA zone ("Europe/Paris"), never an offset. */
  timeZone: z.string().trim().refine(isNamedTimeZone, `${E}.timeZoneUnknown`),
  /** Customers only, never staff (failure 8); up to 30 days. */
  minimumNoticeMinutes: minutes(30 * 24 * 60, `${E}.noticeInvalid`),
  bookingHorizonDays: z.coerce.number(`${E}.horizonInvalid`).int(`${E}.horizonInvalid`).min(1, `${E}.horizonInvalid`).max(365, `${E}.horizonInvalid`),
  /** Slots start every this many minutes; divides an hour or a day cleanly. */
  slotStepMinutes: z.coerce
    .number(`${E}.slotStepInvalid`)
    .int(`${E}.slotStepInvalid`)
    .refine((value) => [5, 10, 15, 20, 30, 60, 90, 120].includes(value), `${E}.slotStepInvalid`),
  rescheduleCutoffMinutes: minutes(30 * 24 * 60, `${E}.cutoffInvalid`),
  cancelCutoffMinutes: minutes(30 * 24 * 60, `${E}.cutoffInvalid`),
  maxReschedules: z.coerce.number(`${E}.maxReschedulesInvalid`).int(`${E}.maxReschedulesInvalid`).min(0, `${E}.maxReschedulesInvalid`).max(20, `${E}.maxReschedulesInvalid`),
  trackingEnabled: z.boolean(),
});
export type PortalSettingsInput = z.infer<typeof PortalSettingsInput>;

export const SLOT_STEP_CHOICES = [5, 10, 15, 20, 30, 60, 90, 120] as const;
