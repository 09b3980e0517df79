/**
 * Book (product.md §2 step 5, issue 6 §3–§4): the server picks a qualified free technician,
 * fewest appointments that day first, inside a transaction; the exclusion constraint is the
 * final judge (technician-choice.ts). The same idempotency key books once: a double click or a
 * retried request gets the same appointment back (`replayed`). The confirmation email, with
 * its calendar attachment, and the 24-hour reminder job commit with the appointment.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { isOverlapViolation, isUniqueViolation, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { queueEmail } from "@/lib/mail";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { isDispatcher, storedIdempotencyKey } from "./actor";
import { recordAppointmentChange } from "./history";
import { changePolicyFor, type ChangePolicy } from "./lifecycle";
import { loadAvailabilityInputs, windowAround, type Audience } from "./load-availability";
import { loadAppointmentEmailFacts, prepareAppointmentEmail, queuePreparedEmail } from "./notifications";
import { SUMMARY_SELECT, toSummary, type AppointmentSummary } from "./queries";
import { planReminder } from "./reminders";
import { lockTechnician, lookUpSlot, orderCandidates, slotTaken, technicianStillFree, type SlotTaken } from "./technician-choice";

export interface BookAppointment {
  serviceId: string;
  startsAt: Date;
  comments?: string;
  /** The form's (or API client's) key for this booking attempt. */
  idempotencyKey: string;
  /** Staff book for this contact; a customer always books for themself and this is ignored. */
  contactId?: string;
  by: Actor;
  now: Date;
  /** Origin of the portal links in the emails. */
  appUrl: string;
}

export interface BookedAppointment {
  appointment: AppointmentSummary;
  /** True when this key had already booked it: nothing new was written. */
  replayed: boolean;
  /** The change deadlines to show ("you can change this visit until…"). */
  policy: ChangePolicy;
}

export type BookAppointmentError = "not_found" | "outside_availability";
export type BookAppointmentResult = Ok<BookedAppointment> | Fail<BookAppointmentError> | SlotTaken;

/** Booking transactions wait their turn on a busy technician rather than failing. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;
const IDEMPOTENCY_KEY_CONSTRAINT = "appointments_idempotency_key_key";

async function replayOf(db: Db, contactId: string, storedKey: string): Promise<BookAppointmentResult | null> {
  const existing = await db.appointment.findFirst({ where: { idempotencyKey: storedKey, contactId }, select: SUMMARY_SELECT });
  if (!existing) return null;
  const settings = await db.settings.findFirstOrThrow({ select: { rescheduleCutoffMinutes: true, cancelCutoffMinutes: true, maxReschedules: true } });
  return ok({ appointment: toSummary(existing), replayed: true, policy: changePolicyFor(existing.startsAt, settings, existing.rescheduleCount) });
}

type Attempt = { kind: "booked"; appointment: AppointmentSummary } | { kind: "taken" } | { kind: "replayed" };

export async function bookAppointment(db: Db, cmd: BookAppointment): Promise<BookAppointmentResult> {
  const contactId = cmd.by.kind === "customer" ? cmd.by.contactId : isDispatcher(cmd.by) ? cmd.contactId : undefined;
  if (!contactId) return fail("not_found");
  const audience: Audience = cmd.by.kind === "customer" ? "customer" : "staff";
  const storedKey = storedIdempotencyKey(contactId, cmd.idempotencyKey);

  const replay = await replayOf(db, contactId, storedKey);
  if (replay) return replay;

  const loaded = await loadAvailabilityInputs(db, { serviceId: cmd.serviceId, contactId, ...windowAround(cmd.startsAt) });
  if (!loaded.ok) return loaded;
  const inputs = loaded.value;
  const options = { now: cmd.now, audience };
  const lookup = lookUpSlot(inputs, cmd.startsAt, options);
  if (lookup.kind === "outside") return fail("outside_availability");
  // Taken — perhaps by this very key, submitted twice at once: then that is the answer.
  if (lookup.kind === "taken") return (await replayOf(db, contactId, storedKey)) ?? slotTaken(inputs, cmd.startsAt, options);

  const endsAt = new Date(cmd.startsAt.getTime() + inputs.service.durationMinutes * 60_000);
  for (const technicianId of orderCandidates(inputs, lookup.technicianIds, cmd.startsAt)) {
    let attempt: Attempt;
    try {
      attempt = await db.$transaction(async (tx): Promise<Attempt> => {
        await lockTechnician(tx, technicianId);
        const free = await technicianStillFree(tx, { serviceId: cmd.serviceId, contactId, technicianId, startsAt: cmd.startsAt, ...options });
        if (!free) return { kind: "taken" };
        const created = await tx.appointment.create({
          data: {
            id: randomUUID(),
            contactId,
            serviceId: cmd.serviceId,
            technicianId,
            startsAt: cmd.startsAt,
            endsAt,
            timeZone: inputs.address.timeZone,
            comments: cmd.comments ?? null,
            idempotencyKey: storedKey,
            createdAt: cmd.now,
          },
          select: SUMMARY_SELECT,
        });
        await recordAppointmentChange(tx, {
          appointmentId: created.id,
          fromStatus: null,
          toStatus: "SCHEDULED",
          byUserId: cmd.by.userId,
          action: "appointment.booked",
          data: { technicianId, startsAt: cmd.startsAt.toISOString(), endsAt: endsAt.toISOString(), by: cmd.by.kind },
          now: cmd.now,
        });
        const facts = await loadAppointmentEmailFacts(tx, { contactId, serviceId: cmd.serviceId, technicianId }, "BOOKING_CONFIRMATION");
        if (facts) {
          const email = await prepareAppointmentEmail({
            email: { template: "booking-confirmation" },
            appointment: { ...created, version: created.version },
            contactId,
            facts,
            appUrl: cmd.appUrl,
            now: cmd.now,
          });
          await queuePreparedEmail(tx, email, queueEmail);
        }
        await planReminder(tx, { appointmentId: created.id, version: created.version, startsAt: cmd.startsAt, appUrl: cmd.appUrl, now: cmd.now });
        return { kind: "booked", appointment: toSummary(created) };
      }, TRANSACTION_OPTIONS);
    } catch (error) {
      // Another booking got this technician at an overlapping time first: next one.
      if (isOverlapViolation(error)) continue;
      // The same key, submitted twice at once: the other request booked it.
      if (isUniqueViolation(error, IDEMPOTENCY_KEY_CONSTRAINT)) attempt = { kind: "replayed" };
      else throw error;
    }
    if (attempt.kind === "booked") {
      return ok({ appointment: attempt.appointment, replayed: false, policy: changePolicyFor(cmd.startsAt, inputs.policy) });
    }
    if (attempt.kind === "replayed") return (await replayOf(db, contactId, storedKey)) ?? fail("not_found");
  }

  // Every candidate went to someone else meanwhile (or to the twin of this request): the day as it is now.
  const twin = await replayOf(db, contactId, storedKey);
  if (twin) return twin;
  const fresh = await loadAvailabilityInputs(db, { serviceId: cmd.serviceId, contactId, ...windowAround(cmd.startsAt) });
  if (!fresh.ok) return fresh;
  return slotTaken(fresh.value, cmd.startsAt, options);
}
