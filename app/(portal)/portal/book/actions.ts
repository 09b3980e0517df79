"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicOrigin, requireCustomer } from "@/lib/auth";
import { AvailableSlotsQuery, BookAppointmentInput, bookAppointment, getAvailableSlots } from "@/lib/booking";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput } from "../../../_lib/form-results";
import { toPickerMonth } from "../_components/slots";
import { type PickerMonth } from "../_components/slot-types";

/** A month (or any range up to 62 days) of one service's slots at the customer's address. */
export async function loadSlotsAction(input: unknown): Promise<ActionResult<PickerMonth>> {
  const parsed = AvailableSlotsQuery.safeParse(input);
  if (!parsed.success) return invalidFormInput(parsed.error, "portal.booking.errors.checkFields");
  const customer = await requireCustomer();
  const result = await getAvailableSlots(db, {
    serviceId: parsed.data.serviceId,
    contactId: customer.contactId,
    fromDate: parsed.data.from,
    toDate: parsed.data.to,
    viewerZone: parsed.data.viewerZone,
    now: new Date(),
  });
  if (!result.ok) {
    const t = await getTranslations("portal.booking.errors");
    return { ok: false, code: result.code, message: t("notFound") };
  }
  return { ok: true, value: toPickerMonth(result.value) };
}

export type BookActionResult = ActionResult<{ appointmentId: string }> | { ok: false; code: "slot_taken"; message: string; freshSlots: PickerMonth };

/** Book: one appointment per idempotency key, however often the button is pressed. */
export async function bookAction(input: unknown): Promise<BookActionResult> {
  const parsed = BookAppointmentInput.safeParse(input);
  if (!parsed.success) return invalidFormInput(parsed.error, "portal.booking.errors.checkFields");
  const customer = await requireCustomer();
  const result = await bookAppointment(db, { ...parsed.data, by: customer, now: new Date(), appUrl: publicOrigin(await headers()) });
  if (result.ok) return { ok: true, value: { appointmentId: result.value.appointment.id } };
  const t = await getTranslations("portal.booking.errors");
  if (result.code === "slot_taken") return { ok: false, code: "slot_taken", message: t("slotTaken"), freshSlots: toPickerMonth(result.freshSlots) };
  return { ok: false, code: result.code, message: t(result.code === "not_found" ? "notFound" : "outsideAvailability") };
}
