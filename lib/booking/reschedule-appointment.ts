/**
 * Reschedule (product.md §3, issue 6 §5): a SCHEDULED visit moves to a new date and time with
 * the booking's guarantees. One UPDATE takes the new time and releases the old one, so the
 * customer never ends up with neither: when the new time is taken the statement fails, the
 * transaction rolls back and the old booking stays.
 *
 * Customers: before the reschedule cutoff and within the reschedule limit (only their own
 * reschedules count towards it); staff: any SCHEDULED visit, no cutoff, no minimum notice.
 * The technician is kept when free at the new time, else the least busy qualified one.
 */
import "server-only";
import { isOverlapViolation, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { queueEmail } from "@/lib/mail";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { lifecycleActor, visibleTo } from "./actor";
import { recordAppointmentChange } from "./history";
import { changePolicyFor, rescheduleRefusal, type ChangePolicy, type RescheduleRefusal } from "./lifecycle";
import { loadAvailabilityInputs, windowAround, type Audience } from "./load-availability";
import { loadAppointmentEmailFacts, prepareAppointmentEmail, queuePreparedEmail } from "./notifications";
import { SUMMARY_SELECT, toSummary, type AppointmentSummary } from "./queries";
import { dropReminders, planReminder } from "./reminders";
import { lockTechnician, lookUpSlot, orderCandidates, slotTaken, technicianStillFree, type SlotTaken } from "./technician-choice";

export interface RescheduleAppointment {
  appointmentId: string;
  startsAt: Date;
  by: Actor;
  now: Date;
  appUrl: string;
}

export interface RescheduledAppointment {
  appointment: AppointmentSummary;
  previousStartsAt: Date;
  previousEndsAt: Date;
  /** True when the visit already had this time (a retried request): nothing was written. */
  unchanged: boolean;
  policy: ChangePolicy;
}

export type RescheduleAppointmentError = "not_found" | RescheduleRefusal | "outside_availability";
export type RescheduleAppointmentResult = Ok<RescheduledAppointment> | Fail<RescheduleAppointmentError> | SlotTaken;

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;
/** A concurrent change between our read and our guarded write: read again, this many times. */
const MAX_ROUNDS = 3;

const CURRENT_SELECT = { ...SUMMARY_SELECT, contactId: true, serviceId: true, technicianId: true } as const;

type Attempt = { kind: "moved"; appointment: AppointmentSummary } | { kind: "taken" } | { kind: "changed" };

export async function rescheduleAppointment(db: Db, cmd: RescheduleAppointment): Promise<RescheduleAppointmentResult> {
  const actor = lifecycleActor(cmd.by);
  const audience: Audience = cmd.by.kind === "customer" ? "customer" : "staff";
  const options = { now: cmd.now, audience };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const current = await db.appointment.findFirst({ where: { id: cmd.appointmentId, ...visibleTo(cmd.by) }, select: CURRENT_SELECT });
    if (!current) return fail("not_found");
    const previousStartsAt = current.startsAt;
    const previousEndsAt = current.endsAt;

    const loaded = await loadAvailabilityInputs(db, {
      serviceId: current.serviceId,
      contactId: current.contactId,
      ...windowAround(cmd.startsAt),
      excludeAppointmentId: current.id,
    });
    if (!loaded.ok) return fail("not_found");
    const inputs = loaded.value;

    const refusal = rescheduleRefusal(current, actor, inputs.policy, cmd.now);
    if (refusal) return fail(refusal);
    if (current.startsAt.getTime() === cmd.startsAt.getTime()) {
      return ok({
        appointment: toSummary(current),
        previousStartsAt,
        previousEndsAt,
        unchanged: true,
        policy: changePolicyFor(current.startsAt, inputs.policy, current.rescheduleCount),
      });
    }

    const lookup = lookUpSlot(inputs, cmd.startsAt, options);
    if (lookup.kind === "outside") return fail("outside_availability");
    if (lookup.kind === "taken") return slotTaken(inputs, cmd.startsAt, options);

    const endsAt = new Date(cmd.startsAt.getTime() + (current.endsAt.getTime() - current.startsAt.getTime()));
    const countsTowardsLimit = cmd.by.kind === "customer";
    let changed = false;
    for (const technicianId of orderCandidates(inputs, lookup.technicianIds, cmd.startsAt, { preferred: current.technicianId, tieBreakKey: `${current.id}:${cmd.startsAt.toISOString()}` })) {
      let attempt: Attempt;
      try {
        attempt = await db.$transaction(async (tx): Promise<Attempt> => {
          await lockTechnician(tx, technicianId);
          const free = await technicianStillFree(tx, {
            serviceId: current.serviceId,
            contactId: current.contactId,
            technicianId,
            startsAt: cmd.startsAt,
            excludeAppointmentId: current.id,
            ...options,
          });
          if (!free) return { kind: "taken" };
          // Guard the state in the write: the version we judged, still SCHEDULED.
          const { count } = await tx.appointment.updateMany({
            where: { id: current.id, version: current.version, status: "SCHEDULED" },
            data: {
              startsAt: cmd.startsAt,
              endsAt,
              technicianId,
              version: { increment: 1 },
              ...(countsTowardsLimit ? { rescheduleCount: { increment: 1 } } : {}),
            },
          });
          if (count === 0) return { kind: "changed" };
          const moved = await tx.appointment.findUniqueOrThrow({ where: { id: current.id }, select: SUMMARY_SELECT });
          await recordAppointmentChange(tx, {
            appointmentId: current.id,
            fromStatus: "SCHEDULED",
            toStatus: "SCHEDULED",
            byUserId: cmd.by.userId,
            note: `Rescheduled from ${previousStartsAt.toISOString()} to ${cmd.startsAt.toISOString()}`,
            action: "appointment.rescheduled",
            data: {
              from: { startsAt: previousStartsAt.toISOString(), technicianId: current.technicianId },
              to: { startsAt: cmd.startsAt.toISOString(), technicianId },
              by: cmd.by.kind,
            },
            now: cmd.now,
          });
          const facts = await loadAppointmentEmailFacts(tx, { contactId: current.contactId, serviceId: current.serviceId, technicianId }, "RESCHEDULED");
          if (facts) {
            const email = await prepareAppointmentEmail({
              email: { template: "appointment-rescheduled", previousStartsAt, previousEndsAt },
              appointment: moved,
              contactId: current.contactId,
              facts,
              appUrl: cmd.appUrl,
              now: cmd.now,
            });
            await queuePreparedEmail(tx, email, queueEmail);
          }
          await dropReminders(tx, current.id);
          await planReminder(tx, { appointmentId: current.id, version: moved.version, startsAt: moved.startsAt, appUrl: cmd.appUrl, now: cmd.now });
          return { kind: "moved", appointment: toSummary(moved) };
        }, TRANSACTION_OPTIONS);
      } catch (error) {
        // The new time overlaps this technician's other visit: the old booking is untouched.
        if (isOverlapViolation(error)) continue;
        throw error;
      }
      if (attempt.kind === "moved") {
        return ok({
          appointment: attempt.appointment,
          previousStartsAt,
          previousEndsAt,
          unchanged: false,
          policy: changePolicyFor(attempt.appointment.startsAt, inputs.policy, attempt.appointment.rescheduleCount),
        });
      }
      if (attempt.kind === "changed") {
        changed = true;
        break;
      }
    }
    if (changed) continue;

    const fresh = await loadAvailabilityInputs(db, {
      serviceId: current.serviceId,
      contactId: current.contactId,
      ...windowAround(cmd.startsAt),
      excludeAppointmentId: current.id,
    });
    if (!fresh.ok) return fail("not_found");
    return slotTaken(fresh.value, cmd.startsAt, options);
  }
  // Changed under us on every round (a storm of edits): report what stops it now, if anything.
  return fail("not_reschedulable");
}
