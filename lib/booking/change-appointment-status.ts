/**
 * Staff move a visit along its lifecycle (lifecycle.ts): start travel, arrive, complete, back
 * to planned; a cancellation goes through cancelAppointment with the note as its reason.
 * Technicians change only their own visits (ownership in the WHERE); customers never call this.
 * Leaving SCHEDULED drops the reminder; going back to SCHEDULED plans it again. Setting off
 * (TRAVELING) and finishing (COMPLETED) email the customer (product.md §3), rendered before
 * the transaction and queued in it, so the email goes out with the change or not at all.
 */
import "server-only";
import { SETTINGS_ID, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { queueEmail } from "@/lib/mail";
import { fail, ok, type Result } from "@/lib/result";
import { lifecycleActor, visibleTo } from "./actor";
import { cancelAppointment } from "./cancel-appointment";
import { recordAppointmentChange } from "./history";
import { canTransition, type CancelRefusal } from "./lifecycle";
import { loadAppointmentEmailFacts, prepareAppointmentEmail, queuePreparedEmail, type AppointmentEmail, type PreparedEmail } from "./notifications";
import { SUMMARY_SELECT, toSummary, type AppointmentSummary } from "./queries";
import { dropReminders, planReminder } from "./reminders";
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, type AppointmentStatusName } from "./schemas";

export interface ChangeAppointmentStatus {
  appointmentId: string;
  toStatus: AppointmentStatusName;
  /** Work notes, or the reason when cancelling (then required). */
  note?: string;
  by: Actor;
  now: Date;
  appUrl: string;
}

export type ChangeAppointmentStatusError = "not_found" | "invalid_status_change" | CancelRefusal;

const MAX_ROUNDS = 3;
const CURRENT_SELECT = { ...SUMMARY_SELECT, contactId: true, serviceId: true, technicianId: true } as const;

/** The customer's email for arriving in `status`, if that status has one. */
async function statusEmail(db: Db, status: AppointmentStatusName, now: Date): Promise<AppointmentEmail | null> {
  if (status === "TRAVELING") {
    // product.md §3: with tracking off no location is ever shown, so the email offers no live map.
    const settings = await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { trackingEnabled: true } });
    return { template: "technician-on-the-way", estimatedArrivalAt: null, liveMap: settings?.trackingEnabled ?? false };
  }
  if (status === "COMPLETED") return { template: "visit-completed", completedAt: now };
  return null;
}

export async function changeAppointmentStatus(db: Db, cmd: ChangeAppointmentStatus): Promise<Result<AppointmentSummary, ChangeAppointmentStatusError>> {
  if (cmd.by.kind !== "staff") return fail("not_found");
  const note = cmd.note?.trim() || null;
  if (cmd.toStatus === "CANCELLED") {
    if (!note || note.length < REASON_MIN_LENGTH || note.length > REASON_MAX_LENGTH) {
      return fail("invalid_status_change", { note: "booking.errors.reasonTooShort" });
    }
    return cancelAppointment(db, { appointmentId: cmd.appointmentId, reason: note, by: cmd.by, now: cmd.now, appUrl: cmd.appUrl });
  }
  const actor = lifecycleActor(cmd.by);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const current = await db.appointment.findFirst({ where: { id: cmd.appointmentId, ...visibleTo(cmd.by) }, select: CURRENT_SELECT });
    if (!current) return fail("not_found");
    if (!canTransition(current.status, cmd.toStatus, actor)) return fail("invalid_status_change");
    const email = await prepareStatusEmail(db, current, cmd);
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.appointment.updateMany({
        where: { id: current.id, version: current.version, status: current.status },
        data: { status: cmd.toStatus, version: { increment: 1 } },
      });
      if (count === 0) return null;
      const row = await tx.appointment.findUniqueOrThrow({ where: { id: current.id }, select: SUMMARY_SELECT });
      await queuePreparedEmail(tx, email, queueEmail);
      await recordAppointmentChange(tx, {
        appointmentId: current.id,
        fromStatus: current.status,
        toStatus: cmd.toStatus,
        byUserId: cmd.by.userId,
        note,
        action: "appointment.status_changed",
        data: { from: current.status, to: cmd.toStatus },
        now: cmd.now,
      });
      if (cmd.toStatus === "SCHEDULED") {
        await planReminder(tx, { appointmentId: row.id, version: row.version, startsAt: row.startsAt, appUrl: cmd.appUrl, now: cmd.now });
      } else {
        await dropReminders(tx, row.id);
      }
      return toSummary(row);
    });
    if (changed) return ok(changed);
  }
  return fail("invalid_status_change");
}

async function prepareStatusEmail(
  db: Db,
  current: { id: string; number: number; startsAt: Date; endsAt: Date; timeZone: string; version: number; contactId: string; serviceId: string; technicianId: string },
  cmd: ChangeAppointmentStatus,
): Promise<PreparedEmail | null> {
  const email = await statusEmail(db, cmd.toStatus, cmd.now);
  if (!email) return null;
  const notification = email.template === "technician-on-the-way" ? "TECHNICIAN_ON_THE_WAY" : "VISIT_COMPLETED";
  const facts = await loadAppointmentEmailFacts(db, { contactId: current.contactId, serviceId: current.serviceId, technicianId: current.technicianId }, notification);
  if (!facts) return null;
  return prepareAppointmentEmail({
    email,
    // The version the change will write: the email describes the visit after it.
    appointment: { ...current, version: current.version + 1 },
    contactId: current.contactId,
    facts,
    appUrl: cmd.appUrl,
    now: cmd.now,
  });
}
