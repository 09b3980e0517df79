/**
 * Book (product.md §2 step 5, issue 6 §3–§4): the server picks a qualified free technician,
 * fewest appointments that day first, inside a transaction; the exclusion constraint is the
 * final judge (technician-choice.ts). The same idempotency key books once: a double click or a
 * retried request gets the same appointment back (`replayed`). The confirmation email, with
 * its calendar attachment, and the 24-hour reminder job commit with the appointment.
 *
 * Round trips (bench:booking, issue 6 performance), when the slot is free — on node-postgres
 * (lib/db/sql.ts), not Prisma:
 *  1. the availability cache's probe (the customer's address; the engine's inputs come from a
 *     snapshot up to a second old — a proposal only, checked again under the lock);
 *  2. the start statement: an earlier booking with this key, the proposed technicians still
 *     free of overlaps now in load order, the email facts and the appointment's number;
 *  then the confirmation is rendered, outside any transaction and lock, and one transaction
 *  on one pipelined connection:
 *  3. BEGIN, the technician's lock (and whether pg-boss is installed) and their calendar as
 *     committed now, for the re-check (travel, buffers), sent together;
 *  4. one statement writing the appointment, its history and audit rows, the outbox row and
 *     the pg-boss jobs (the email's, the reminder's), and COMMIT behind it.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { isOverlapViolation, isUniqueViolation, pipelinedTransaction, poolOf, queryRows, type Db, type PipelinedTransaction } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { JOB_QUEUE_INSTALLED_SQL, jobInsertStatement, outboxEmailInsert } from "@/lib/mail";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { isDispatcher, storedIdempotencyKey } from "./actor";
import { cachedAvailabilityInputs } from "./availability-cache";
import { appointmentChangeInserts } from "./history";
import { changePolicyFor, type ChangePolicy } from "./lifecycle";
import { windowAround, type Audience, type AvailabilityInputs } from "./load-availability";
import {
  appointmentEmailFactsSql,
  loadAppointmentEmailFacts,
  prepareAppointmentEmail,
  readAppointmentEmailFacts,
  type AppointmentEmailFacts,
  type FactsContact,
  type PreparedEmail,
} from "./notifications";
import { SUMMARY_SELECT, toSummary, type AppointmentSummary } from "./queries";
import { reminderJobInsert } from "./reminders";
import { companyDayOf, lookUpSlot, orderCandidates, slotTaken, technicianLockSql, technicianStillFree, type SlotTaken } from "./technician-choice";

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

/** The technician's lock, and whether pg-boss is installed (the reminder and email jobs are written with the booking). */
const LOCK_SQL = `SELECT ${JOB_QUEUE_INSTALLED_SQL} AS jobs_installed FROM (SELECT ${technicianLockSql("$1")}) AS locked`;
const IDEMPOTENCY_KEY_CONSTRAINT = "appointments_idempotency_key_key";

async function replayOf(db: Db, contactId: string, storedKey: string): Promise<BookAppointmentResult | null> {
  const existing = await db.appointment.findFirst({ where: { idempotencyKey: storedKey, contactId }, select: SUMMARY_SELECT });
  if (!existing) return null;
  const settings = await db.settings.findFirstOrThrow({ select: { rescheduleCutoffMinutes: true, cancelCutoffMinutes: true, maxReschedules: true } });
  return ok({ appointment: toSummary(existing), replayed: true, policy: changePolicyFor(existing.startsAt, settings, existing.rescheduleCount) });
}

/**
 * One statement before the transaction:
 *  - an earlier booking with this key ($5);
 *  - the candidates ($3, in the caller's order) that have no visit overlapping [$8, $9) as
 *    committed now, fewest visits that company day [$6, $7) first, then in the caller's order
 *    (the tie spread): the proposal came from a snapshot up to a second old, the load rule and
 *    the plain overlaps are applied on fresh rows here; travel and buffers are checked under the
 *    technician's lock;
 *  - the email facts ($1 contact, $2 service, $4 kind) with the first of them as technician;
 *  - a number for the new appointment (a sequence value: like a rolled-back insert, a booking
 *    that does not happen leaves a gap).
 */
export const BOOKING_START_SQL = `
WITH candidate AS (
  SELECT c.id, c.position,
         count(a.id) FILTER (WHERE a.starts_at >= $6::timestamptz AND a.starts_at < $7::timestamptz) AS day_count,
         bool_or(a.starts_at < $9::timestamptz AND a.ends_at > $8::timestamptz) AS busy
    FROM unnest($3::uuid[]) WITH ORDINALITY AS c (id, position)
    LEFT JOIN appointments a
      ON a.technician_id = c.id AND a.status <> 'CANCELLED'
     AND a.starts_at >= $6::timestamptz - interval '1 day' AND a.starts_at < greatest($7::timestamptz, $9::timestamptz)
   GROUP BY c.id, c.position
), ordered AS (
  SELECT array_agg(id::text ORDER BY day_count, position) FILTER (WHERE busy IS NOT TRUE) AS ids FROM candidate
)
SELECT replay.id AS replay_id, ordered.ids AS technician_ids, facts.payload,
       CASE WHEN replay.id IS NULL AND facts.payload IS NOT NULL
            THEN nextval(pg_get_serial_sequence('appointments', 'number'))::int END AS number
  FROM ordered
  LEFT JOIN appointments replay ON replay.idempotency_key = $5 AND replay.contact_id = $1::uuid
  LEFT JOIN LATERAL (${appointmentEmailFactsSql("(ordered.ids[1])::uuid")}) AS facts ON true`;

interface BookingStart {
  replayId: string | null;
  /** Free of plain overlaps now, in the order to try them. */
  technicianIds: string[];
  payload: string | null;
  number: number | null;
}

interface BookingFacts {
  technicianId: string;
  facts: AppointmentEmailFacts;
  contact: FactsContact;
}

async function bookingStart(
  db: Db,
  query: { contactId: string; serviceId: string; candidates: string[]; storedKey: string; startsAt: Date; endsAt: Date; day: { fromMs: number; toMs: number } },
): Promise<BookingStart> {
  const [row] = await queryRows<{ replay_id: string | null; technician_ids: string[] | null; payload: string | null; number: number | null }>(poolOf(db), BOOKING_START_SQL, [
    query.contactId,
    query.serviceId,
    query.candidates,
    "BOOKING_CONFIRMATION",
    query.storedKey,
    new Date(query.day.fromMs),
    new Date(query.day.toMs),
    query.startsAt,
    query.endsAt,
  ]);
  return { replayId: row?.replay_id ?? null, technicianIds: row?.technician_ids ?? [], payload: row?.payload ?? null, number: row?.number ?? null };
}

interface NewAppointment {
  id: string;
  number: number;
  contactId: string;
  serviceId: string;
  technicianId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  comments: string | null;
  storedKey: string;
}

/** The version a new appointment starts at: the confirmation's ICS SEQUENCE is rendered from it. */
const FIRST_VERSION = 1;

/**
 * Everything the booking writes, in one statement (data-modifying CTEs): the appointment, its
 * history and audit rows, the confirmation's outbox row and the pg-boss jobs (the email's and
 * the reminder's) when pg-boss is installed. An overlap (23P01) or a used key (23505) fails
 * the whole statement, and the transaction with it. COMMIT is sent right behind it.
 */
async function writeBookingAndCommit(
  tx: PipelinedTransaction,
  write: { appointment: NewAppointment; email: PreparedEmail | null; reminder: PgBoss.JobInsert | null; jobsInstalled: boolean; by: Actor; now: Date },
): Promise<{ status: AppointmentSummary["status"]; version: number; rescheduleCount: number }> {
  const { appointment, email, by, now } = write;
  const values: unknown[] = [];
  const parameter = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const parts = [
    `INSERT INTO appointments
       (id, number, contact_id, service_id, technician_id, starts_at, ends_at, time_zone, comments, idempotency_key, version, created_at, updated_at)
     VALUES (${parameter(appointment.id)}::uuid, ${parameter(appointment.number)}::int, ${parameter(appointment.contactId)}::uuid,
             ${parameter(appointment.serviceId)}::uuid, ${parameter(appointment.technicianId)}::uuid, ${parameter(appointment.startsAt)}::timestamptz,
             ${parameter(appointment.endsAt)}::timestamptz, ${parameter(appointment.timeZone)}, ${parameter(appointment.comments)},
             ${parameter(appointment.storedKey)}, ${FIRST_VERSION}, ${parameter(now)}::timestamptz, now())
     RETURNING status::text AS status, version, reschedule_count`,
    ...appointmentChangeInserts(
      {
        appointmentId: appointment.id,
        fromStatus: null,
        toStatus: "SCHEDULED",
        byUserId: by.userId,
        action: "appointment.booked",
        data: { technicianId: appointment.technicianId, startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString(), by: by.kind },
        now,
      },
      parameter,
    ),
  ];
  const jobs: PgBoss.JobInsert[] = write.reminder ? [write.reminder] : [];
  if (email) {
    const outbox = outboxEmailInsert(
      {
        to: [email.to],
        subject: email.subject,
        html: email.html,
        text: email.text,
        template: email.template,
        notification: email.notification,
        ics: email.ics,
        contactId: email.contactId,
        appointmentId: email.appointmentId,
      },
      parameter,
    );
    parts.push(outbox.sql);
    jobs.unshift(outbox.job);
  }
  // Without pg-boss's tables (before the workers' first start) the sweeps plan these jobs.
  if (write.jobsInstalled && jobs.length > 0) {
    const insert = await jobInsertStatement(jobs, values.length + 1);
    values.push(...insert.values);
    parts.push(insert.sql);
  }
  const sql = `WITH ${parts.map((part, index) => `${index === 0 ? "appointment" : `part_${index}`} AS (${part})`).join(",\n")}
SELECT status, version, reschedule_count FROM appointment`;
  const [[row]] = await Promise.all([tx.query<{ status: AppointmentSummary["status"]; version: number; reschedule_count: number }>(sql, values), tx.commit()]);
  return { status: row!.status, version: row!.version, rescheduleCount: row!.reschedule_count };
}

type Attempt = { kind: "booked"; appointment: AppointmentSummary } | { kind: "taken" } | { kind: "replayed" };

/** How old a snapshot booking may propose technicians from without a probe (availability-cache.ts). */
const PROPOSAL_MAX_AGE_MS = 1_000;

export async function bookAppointment(db: Db, cmd: BookAppointment): Promise<BookAppointmentResult> {
  const contactId = cmd.by.kind === "customer" ? cmd.by.contactId : isDispatcher(cmd.by) ? cmd.contactId : undefined;
  if (!contactId) return fail("not_found");
  const audience: Audience = cmd.by.kind === "customer" ? "customer" : "staff";
  const booking: Booking = { cmd, contactId, storedKey: storedIdempotencyKey(contactId, cmd.idempotencyKey), options: { now: cmd.now, audience } };
  const query = { serviceId: cmd.serviceId, contactId, ...windowAround(cmd.startsAt) };

  // Technicians proposed from a snapshot up to a second old; when none of them can be had, or it
  // shows no slot there, once more from a fresh one before that is the answer.
  for (const maxAgeMs of [PROPOSAL_MAX_AGE_MS, undefined]) {
    const loaded = await cachedAvailabilityInputs(db, query, { maxAgeMs });
    const lookup = loaded.ok ? lookUpSlot(loaded.value, cmd.startsAt, booking.options) : null;
    if (loaded.ok && lookup?.kind === "slot") {
      const outcome = await bookOneOf(db, booking, loaded.value, lookup.technicianIds);
      if (outcome) return outcome;
      continue;
    }
    if (maxAgeMs !== undefined) continue;
    // A key that already booked gets its appointment back, whatever the calendar says now —
    // also when taken by this very key, submitted twice at once.
    const replay = await replayOf(db, contactId, booking.storedKey);
    if (replay) return replay;
    if (!loaded.ok) return loaded;
    return lookup?.kind === "outside" ? fail("outside_availability") : slotTaken(loaded.value, cmd.startsAt, booking.options);
  }

  // Every candidate went to someone else meanwhile (or to the twin of this request): the day as it is now.
  const twin = await replayOf(db, contactId, booking.storedKey);
  if (twin) return twin;
  const fresh = await cachedAvailabilityInputs(db, query);
  if (!fresh.ok) return fresh;
  return slotTaken(fresh.value, cmd.startsAt, booking.options);
}

interface Booking {
  cmd: BookAppointment;
  contactId: string;
  storedKey: string;
  options: { now: Date; audience: Audience };
}

/**
 * Books the slot with one of the proposed technicians: the start statement keeps those free of
 * overlaps now, fewest visits that day first; each is tried in its own transaction. Null when
 * none of them could be had.
 */
async function bookOneOf(db: Db, booking: Booking, inputs: AvailabilityInputs, technicianIds: string[]): Promise<BookAppointmentResult | null> {
  const { cmd, contactId, storedKey, options } = booking;
  // Ties spread by key and slot: concurrent bookings of one day go to different technicians, a retry to the same one.
  const proposed = orderCandidates(inputs, technicianIds, cmd.startsAt, { tieBreakKey: `${storedKey}@${cmd.startsAt.toISOString()}` });
  const endsAt = new Date(cmd.startsAt.getTime() + inputs.service.durationMinutes * 60_000);
  const start = await bookingStart(db, {
    contactId,
    serviceId: cmd.serviceId,
    candidates: proposed,
    storedKey,
    startsAt: cmd.startsAt,
    endsAt,
    day: companyDayOf(cmd.startsAt, inputs.companyTimeZone),
  });
  if (start.replayId) return (await replayOf(db, contactId, storedKey)) ?? fail("not_found");
  const [first] = start.technicianIds;
  if (first === undefined) return null;
  // The contact or the service went away since the inputs were read.
  if (start.payload === null || start.number === null) return fail("not_found");
  const number = start.number;
  let current: BookingFacts = { technicianId: first, ...readAppointmentEmailFacts(start.payload) };
  let rendered: { technicianId: string; email: PreparedEmail | null } | undefined;

  const appointmentId = randomUUID();
  for (const technicianId of start.technicianIds) {
    if (current.technicianId !== technicianId) {
      // Another technician: their name in the email (rare — the first one was taken meanwhile).
      const facts = await loadAppointmentEmailFacts(db, { contactId, serviceId: cmd.serviceId, technicianId }, "BOOKING_CONFIRMATION");
      if (!facts) continue;
      current = { technicianId, facts, contact: current.contact };
    }
    const appointment: NewAppointment = {
      id: appointmentId,
      number,
      contactId,
      serviceId: cmd.serviceId,
      technicianId,
      startsAt: cmd.startsAt,
      endsAt,
      timeZone: inputs.address.timeZone,
      comments: cmd.comments ?? null,
      storedKey,
    };
    // Rendered before the transaction: the technician's lock is held for the re-check and the writes only.
    if (rendered?.technicianId !== technicianId) {
      const email = await prepareAppointmentEmail({
        email: { template: "booking-confirmation" },
        appointment: { ...appointment, version: FIRST_VERSION },
        contactId,
        facts: current.facts,
        appUrl: cmd.appUrl,
        now: cmd.now,
      });
      rendered = { technicianId, email };
    }
    const email = rendered.email;
    const reminder = reminderJobInsert({ appointmentId, version: FIRST_VERSION, startsAt: cmd.startsAt, appUrl: cmd.appUrl, now: cmd.now });
    const facts = current;
    let attempt: Attempt;
    try {
      // BEGIN, the lock and the re-check's read travel together; the write and COMMIT too.
      attempt = await pipelinedTransaction(db, async (tx): Promise<Attempt> => {
        const [[lock], free] = await Promise.all([
          tx.query<{ jobs_installed: boolean }>(LOCK_SQL, [technicianId]),
          technicianStillFree(tx, { serviceId: cmd.serviceId, contactId, technicianId, startsAt: cmd.startsAt, ...options }),
        ]);
        if (!free) return { kind: "taken" };
        const written = await writeBookingAndCommit(tx, { appointment, email, reminder, jobsInstalled: lock?.jobs_installed === true, by: cmd.by, now: cmd.now });
        return { kind: "booked", appointment: summaryOf(appointment, written, facts) };
      });
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

  return null;
}

/** The booked appointment as the rest of the app shows it (queries.ts `toSummary`). */
function summaryOf(
  appointment: NewAppointment,
  written: { status: AppointmentSummary["status"]; version: number; rescheduleCount: number },
  facts: BookingFacts,
): AppointmentSummary {
  return toSummary({
    id: appointment.id,
    number: appointment.number,
    status: written.status,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    timeZone: appointment.timeZone,
    rescheduleCount: written.rescheduleCount,
    version: written.version,
    comments: appointment.comments,
    cancellationReason: null,
    cancelledAt: null,
    service: { id: appointment.serviceId, name: facts.facts.serviceName },
    technician: { id: appointment.technicianId, displayName: facts.facts.technicianName },
    contact: { id: appointment.contactId, ...facts.contact },
  });
}
