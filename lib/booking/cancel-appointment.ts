/**
 * Cancel with a reason (product.md §3): the customer's own SCHEDULED visit before the cancel
 * cutoff, or — for dispatchers and admins — a SCHEDULED or TRAVELING one at any time. Staff see
 * the reason (history, audit log, the visit's page); the customer gets the cancellation email
 * with a METHOD:CANCEL calendar attachment (same UID, next SEQUENCE); the reminder is dropped.
 */
import "server-only";
import { type AppointmentStatus } from "@prisma/client";
import { type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { queueEmail } from "@/lib/mail";
import { fail, ok, type Result } from "@/lib/result";
import { lifecycleActor, visibleTo } from "./actor";
import { recordAppointmentChange } from "./history";
import { cancelRefusal, type CancelRefusal } from "./lifecycle";
import { loadAppointmentEmailFacts, prepareAppointmentEmail, queuePreparedEmail } from "./notifications";
import { SUMMARY_SELECT, toSummary, type AppointmentSummary } from "./queries";
import { dropReminders } from "./reminders";

export interface CancelAppointment {
  appointmentId: string;
  /** Required, 3–500 characters (schemas.ts CancelAppointmentInput). */
  reason: string;
  by: Actor;
  now: Date;
  appUrl: string;
}

export type CancelAppointmentError = "not_found" | CancelRefusal;

const MAX_ROUNDS = 3;
const CURRENT_SELECT = { ...SUMMARY_SELECT, contactId: true, serviceId: true, technicianId: true } as const;

export async function cancelAppointment(db: Db, cmd: CancelAppointment): Promise<Result<AppointmentSummary, CancelAppointmentError>> {
  const actor = lifecycleActor(cmd.by);
  const reason = cmd.reason.trim();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const [current, settings] = await Promise.all([
      db.appointment.findFirst({ where: { id: cmd.appointmentId, ...visibleTo(cmd.by) }, select: CURRENT_SELECT }),
      db.settings.findFirstOrThrow({ select: { rescheduleCutoffMinutes: true, cancelCutoffMinutes: true, maxReschedules: true } }),
    ]);
    if (!current) return fail("not_found");
    const refusal = cancelRefusal(current, actor, settings, cmd.now);
    if (refusal) return fail(refusal);

    const cancelled = await db.$transaction(async (tx) => {
      // Guard the state in the write: a technician starting travel at the same instant wins cleanly.
      const { count } = await tx.appointment.updateMany({
        where: { id: current.id, version: current.version, status: current.status },
        data: { status: "CANCELLED", cancellationReason: reason, cancelledAt: cmd.now, version: { increment: 1 } },
      });
      if (count === 0) return null;
      const row = await tx.appointment.findUniqueOrThrow({ where: { id: current.id }, select: SUMMARY_SELECT });
      await recordAppointmentChange(tx, {
        appointmentId: current.id,
        fromStatus: current.status as AppointmentStatus,
        toStatus: "CANCELLED",
        byUserId: cmd.by.userId,
        note: reason,
        action: "appointment.cancelled",
        data: { reason, startsAt: current.startsAt.toISOString(), by: cmd.by.kind },
        now: cmd.now,
      });
      const facts = await loadAppointmentEmailFacts(tx, { contactId: current.contactId, serviceId: current.serviceId, technicianId: current.technicianId }, "CANCELLED");
      if (facts) {
        const email = await prepareAppointmentEmail({
          email: { template: "appointment-cancelled", reason },
          appointment: row,
          contactId: current.contactId,
          facts,
          appUrl: cmd.appUrl,
          now: cmd.now,
        });
        await queuePreparedEmail(tx, email, queueEmail);
      }
      await dropReminders(tx, current.id);
      return toSummary(row);
    });
    if (cancelled) return ok(cancelled);
    // Changed since we read it (a technician set off, a reschedule): judge it again.
  }
  return fail("not_cancellable");
}
