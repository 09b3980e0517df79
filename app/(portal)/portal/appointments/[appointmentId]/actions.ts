"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicOrigin, requireCustomer } from "@/lib/auth";
import {
  AppointmentId,
  AvailableSlotsQuery,
  CancelAppointmentInput,
  cancelAppointment,
  findAppointmentForCustomer,
  getAvailableSlots,
  RescheduleAppointmentInput,
  rescheduleAppointment,
  type BookingErrorCode,
} from "@/lib/booking";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput } from "../../../../_lib/form-results";
import { toPickerMonth } from "../../_components/slots";
import { type PickerMonth } from "../../_components/slot-types";

const RescheduleSlotsQuery = AvailableSlotsQuery.safeExtend({ appointmentId: AppointmentId });

/** The new times this visit could move to (its own current time counts as free); always its own service's. */
export async function loadRescheduleSlotsAction(input: unknown): Promise<ActionResult<PickerMonth>> {
  const parsed = RescheduleSlotsQuery.safeParse(input);
  if (!parsed.success) return invalidFormInput(parsed.error, "portal.booking.errors.checkFields");
  const customer = await requireCustomer();
  const now = new Date();
  const t = await getTranslations("portal.booking.errors");
  const appointment = await findAppointmentForCustomer(db, customer, parsed.data.appointmentId, now);
  if (!appointment) return { ok: false, code: "not_found", message: t("notFound") };
  const result = await getAvailableSlots(db, {
    serviceId: appointment.service.id,
    contactId: customer.contactId,
    fromDate: parsed.data.from,
    toDate: parsed.data.to,
    viewerZone: parsed.data.viewerZone,
    excludeAppointmentId: appointment.id,
    now,
  });
  if (!result.ok) return { ok: false, code: result.code, message: t("notFound") };
  return { ok: true, value: toPickerMonth(result.value) };
}

type Refusal = Exclude<BookingErrorCode, "slot_taken" | "invalid_status_change">;
const REFUSAL_KEYS = {
  not_found: "notFound",
  not_reschedulable: "notReschedulable",
  not_cancellable: "notCancellable",
  cutoff_passed: "cutoffPassed",
  reschedule_limit: "rescheduleLimit",
  outside_availability: "outsideAvailability",
} as const satisfies Record<Refusal, string>;

export type RescheduleActionResult = ActionResult | { ok: false; code: "slot_taken"; message: string; freshSlots: PickerMonth };

/** Move a Scheduled visit before the cutoff; the email goes out in the same transaction. */
export async function rescheduleAction(input: unknown): Promise<RescheduleActionResult> {
  const parsed = RescheduleAppointmentInput.safeParse(input);
  if (!parsed.success) return invalidFormInput(parsed.error, "portal.booking.errors.checkFields");
  const customer = await requireCustomer();
  const result = await rescheduleAppointment(db, { ...parsed.data, by: customer, now: new Date(), appUrl: publicOrigin(await headers()) });
  const t = await getTranslations("portal.booking.errors");
  if (result.ok) {
    revalidatePath("/portal");
    return { ok: true, value: undefined };
  }
  if (result.code === "slot_taken") return { ok: false, code: "slot_taken", message: t("slotTaken"), freshSlots: toPickerMonth(result.freshSlots) };
  return { ok: false, code: result.code, message: t(REFUSAL_KEYS[result.code]) };
}

/** Cancel with the required reason staff will read. */
export async function cancelAction(input: unknown): Promise<ActionResult> {
  const parsed = CancelAppointmentInput.safeParse(input);
  if (!parsed.success) return invalidFormInput(parsed.error, "portal.booking.errors.checkFields");
  const customer = await requireCustomer();
  const result = await cancelAppointment(db, { ...parsed.data, by: customer, now: new Date(), appUrl: publicOrigin(await headers()) });
  const t = await getTranslations("portal.booking.errors");
  if (!result.ok) return { ok: false, code: result.code, message: t(REFUSAL_KEYS[result.code]) };
  revalidatePath("/portal");
  return { ok: true, value: undefined };
}
