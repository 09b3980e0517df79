"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicOrigin, requirePermission } from "@/lib/auth";
import { changeAppointmentStatus, ChangeAppointmentStatusInput, reassignAppointment, ReassignAppointmentInput } from "@/lib/booking";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../_lib/action-results";

/** The list, the board and every visit's page. */
function revalidateBookings() {
  revalidatePath("/admin/bookings", "layout");
}

/** Back office → Bookings: move a visit along its lifecycle (a cancellation needs a reason). */
export async function changeAppointmentStatusAction(input: unknown): Promise<ActionResult> {
  const parsed = ChangeAppointmentStatusInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("bookings:manage");
  const t = await getTranslations("booking.codes");
  const tb = await getTranslations("admin.bookings.outcomes");
  const result = await changeAppointmentStatus(db, { ...parsed.data, by, now: new Date(), appUrl: publicOrigin(await headers()) });
  if (!result.ok) {
    // A missing cancellation reason comes back as a field message: point at the field.
    const message = result.fieldErrors ? (await getTranslations("admin.shared"))("checkFields") : t.has(result.code) ? t(result.code as "not_found") : tb("refused");
    return refusal(result.code, message, result.fieldErrors);
  }
  revalidateBookings();
  return { ok: true, value: undefined, message: tb("statusChanged") };
}

/** Back office → Bookings: give a visit to another technician at the same time, if they are free and qualified. */
export async function reassignAppointmentAction(input: unknown): Promise<ActionResult> {
  const parsed = ReassignAppointmentInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("bookings:manage");
  const tb = await getTranslations("admin.bookings.outcomes");
  const result = await reassignAppointment(db, { ...parsed.data, by, now: new Date(), appUrl: publicOrigin(await headers()) });
  if (!result.ok) {
    const message =
      result.code === "slot_taken" ? tb("technicianBusy") : result.code === "outside_availability" ? tb("technicianUnqualified") : result.code === "not_reschedulable" ? tb("notReassignable") : tb("notFound");
    return refusal(result.code, message);
  }
  revalidateBookings();
  return { ok: true, value: undefined, message: tb("reassigned") };
}
