/**
 * The 24-hour reminder (product.md, failure 6: "durable jobs re-planned on change").
 *
 * - Planned in the transaction that books, moves or reassigns a visit: one pg-boss job keyed
 *   by appointment id + version (`singletonKey`), starting 24 h before the visit. Nothing is
 *   planned when that moment has already passed (the confirmation just went out).
 * - Dropped (cancelled in pg-boss) in the transaction that cancels the visit or takes it out of
 *   SCHEDULED; a reschedule drops the old version's job and plans the new one.
 * - The worker sends only when the job's version is still the appointment's and the visit is
 *   still SCHEDULED and ahead, reading the row `FOR SHARE` so a concurrent reschedule waits
 *   for it (or wins first and makes the job stale). The outbox row's dedupe key
 *   `reminder:<appointmentId>:<startsAt>` makes a second run — or a second job for the same
 *   visit time — queue nothing: never two reminders for one visit time.
 * - A sweep (at start, then every few minutes) plans a job for any SCHEDULED visit whose
 *   reminder is still ahead and has none (e.g. booked before pg-boss was installed).
 *
 * Runs in `npm start`'s process (scripts/start.ts) next to the mail workers, outside Next.js:
 * no `server-only` here nor in what it imports; lib/mail's queueEmail is passed in.
 */
import PgBoss from "pg-boss";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Db, Tx } from "@/lib/db";
import { loadAppointmentEmailFacts, prepareAppointmentEmail, queuePreparedEmail, type QueueEmail } from "./notifications";

export const REMINDER_QUEUE = "appointment-reminder";
const PG_BOSS_SCHEMA = "pgboss";
/** The reminder goes out this long before the visit. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * `short`: at most one waiting job per key. Retries cover a database outage mid-send; the
 * job's own checks make a retry harmless.
 */
export const REMINDER_QUEUE_OPTIONS = {
  name: REMINDER_QUEUE,
  policy: "short",
  retryLimit: 5,
  retryDelay: 60,
  retryBackoff: true,
  expireInSeconds: 10 * 60,
  retentionMinutes: 14 * 24 * 60,
} as const satisfies PgBoss.Queue;

export interface ReminderJobData {
  appointmentId: string;
  version: number;
  /** Origin of the portal link in the email (FIELDBOOK_PUBLIC_URL or the booking request's). */
  appUrl: string;
}

function reminderKey(appointmentId: string, version: number): string {
  return `${appointmentId}:${version}`;
}

/** One email per visit time, whatever runs twice. */
export function reminderDedupeKey(appointmentId: string, startsAt: Date): string {
  return `reminder:${appointmentId}:${startsAt.toISOString()}`;
}

type JobExecutor = PgBoss.Db;

function prismaExecutor(tx: Tx | Db): JobExecutor {
  return {
    async executeSql(text, values = []) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value: unknown) => (value === undefined ? null : value)));
      return { rows };
    },
  };
}

let jobWriter: PgBoss | undefined;

/** A pg-boss that is never started: it only writes job rows on the connection it is given. */
function writer(): PgBoss {
  jobWriter ??= new PgBoss({
    schema: PG_BOSS_SCHEMA,
    db: { executeSql: () => Promise.reject(new Error("lib/booking/reminders: pass the connection to use ({ db })")) },
  });
  return jobWriter;
}

/**
 * Whether pg-boss's tables exist (they do once a worker has started). Never a query that could
 * fail: an error inside the caller's transaction would abort it. Without the reminder queue's
 * row, pg-boss's insert simply writes nothing; the sweep plans those reminders later.
 */
async function jobTableInstalled(client: Tx | Db): Promise<boolean> {
  const rows = await client.$queryRawUnsafe<{ installed: boolean }[]>(`SELECT to_regclass('${PG_BOSS_SCHEMA}.job') IS NOT NULL AS installed`);
  return rows[0]?.installed === true;
}

export interface PlanReminder {
  appointmentId: string;
  version: number;
  startsAt: Date;
  appUrl: string;
  now: Date;
}

/**
 * Plans the reminder of an appointment version in the caller's transaction. Returns whether a
 * job was written (false: the moment has passed, or pg-boss is not installed yet — the sweep
 * plans it once it is).
 */
export async function planReminder(tx: Tx, plan: PlanReminder): Promise<boolean> {
  const job = reminderJobInsert(plan);
  if (!job) return false;
  if (!(await jobTableInstalled(tx))) return false;
  await writer().insert([job], { db: prismaExecutor(tx) });
  return true;
}

/**
 * The reminder job of an appointment version, for a caller that writes it itself (a booking,
 * in its one statement); null when the moment has already passed.
 */
export function reminderJobInsert(plan: PlanReminder): PgBoss.JobInsert<ReminderJobData> | null {
  const remindAt = new Date(plan.startsAt.getTime() - REMINDER_LEAD_MS);
  if (remindAt.getTime() <= plan.now.getTime()) return null;
  return {
    name: REMINDER_QUEUE,
    data: { appointmentId: plan.appointmentId, version: plan.version, appUrl: plan.appUrl },
    startAfter: remindAt,
    singletonKey: reminderKey(plan.appointmentId, plan.version),
  };
}

/** Cancels every waiting reminder job of an appointment (all versions), in the caller's transaction. */
export async function dropReminders(tx: Tx, appointmentId: string): Promise<number> {
  if (!(await jobTableInstalled(tx))) return 0;
  return tx.$executeRawUnsafe(
    `UPDATE ${PG_BOSS_SCHEMA}.job SET state = 'cancelled', completed_on = now()
      WHERE name = $1 AND state IN ('created', 'retry') AND singleton_key LIKE $2`,
    REMINDER_QUEUE,
    `${appointmentId}:%`,
  );
}

export type ReminderOutcome = "sent" | "stale" | "duplicate" | "not_sent";

/**
 * The job's work: queue the reminder email if this version is still the visit's, SCHEDULED and
 * ahead. `stale`: changed, cancelled or started since; `duplicate`: already sent for this
 * time; `not_sent`: the notification is off or the customer has no email address.
 */
export async function sendAppointmentReminder(
  db: Db,
  job: ReminderJobData & { now: Date; queueEmail: QueueEmail },
): Promise<ReminderOutcome> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRawUnsafe<
        { id: string; number: number; status: string; version: number; starts_at: Date; ends_at: Date; time_zone: string; contact_id: string; service_id: string; technician_id: string }[]
      >(
        `SELECT id, number, status::text AS status, version, starts_at, ends_at, time_zone, contact_id, service_id, technician_id
           FROM appointments WHERE id = $1::uuid FOR SHARE`,
        job.appointmentId,
      );
      const appointment = rows[0];
      if (!appointment || appointment.status !== "SCHEDULED" || appointment.version !== job.version) return "stale";
      const startsAt = new Date(appointment.starts_at);
      if (startsAt.getTime() <= job.now.getTime()) return "stale";
      const facts = await loadAppointmentEmailFacts(
        tx,
        { contactId: appointment.contact_id, serviceId: appointment.service_id, technicianId: appointment.technician_id },
        "REMINDER",
      );
      if (!facts) return "stale";
      const email = await prepareAppointmentEmail({
        email: { template: "appointment-reminder" },
        appointment: {
          id: appointment.id,
          number: appointment.number,
          startsAt,
          endsAt: new Date(appointment.ends_at),
          timeZone: appointment.time_zone,
          version: appointment.version,
        },
        contactId: appointment.contact_id,
        facts,
        appUrl: job.appUrl,
        now: job.now,
        dedupeKey: reminderDedupeKey(appointment.id, startsAt),
      });
      if (!email) return "not_sent";
      return (await queuePreparedEmail(tx, email, job.queueEmail)) ? "sent" : "duplicate";
    },
    { timeout: 30_000 },
  );
}

/**
 * Plans the missing reminders: SCHEDULED visits whose reminder moment is still ahead and that
 * have no waiting job for their current version. Returns how many it planned.
 */
export async function planMissingReminders(db: Db, { now, appUrl, limit = 1000 }: { now: Date; appUrl: string; limit?: number }): Promise<number> {
  if (!(await jobTableInstalled(db))) return 0;
  const missing = await db.$queryRawUnsafe<{ id: string; version: number; starts_at: Date }[]>(
    `SELECT a.id, a.version, a.starts_at FROM appointments a
      WHERE a.status = 'SCHEDULED' AND a.starts_at - interval '24 hours' > $1::timestamptz
        AND NOT EXISTS (
          SELECT 1 FROM ${PG_BOSS_SCHEMA}.job j
           WHERE j.name = $2 AND j.singleton_key = a.id::text || ':' || a.version::text
             AND j.state IN ('created', 'retry', 'active'))
      ORDER BY a.starts_at LIMIT $3`,
    now,
    REMINDER_QUEUE,
    limit,
  );
  if (missing.length === 0) return 0;
  await writer().insert(
    missing.map((row) => ({
      name: REMINDER_QUEUE,
      data: { appointmentId: row.id, version: row.version, appUrl } satisfies ReminderJobData,
      startAfter: new Date(new Date(row.starts_at).getTime() - REMINDER_LEAD_MS),
      singletonKey: reminderKey(row.id, row.version),
    })),
    { db: prismaExecutor(db) },
  );
  return missing.length;
}

/** Installs pg-boss's schema and the reminder queue (idempotent), without starting a worker. */
export async function installReminderQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: PG_BOSS_SCHEMA, supervise: false, schedule: false, migrate: true, max: 1 });
  await boss.start();
  try {
    await boss.createQueue(REMINDER_QUEUE, REMINDER_QUEUE_OPTIONS);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export interface ReminderWorkerOptions {
  connectionString: string;
  /** lib/mail/queue-email's queueEmail (the script imports it; lib/mail's entry point is server-only). */
  queueEmail: QueueEmail;
  /** Portal origin for reminders the sweep plans (jobs written at booking carry their own). */
  appUrl: string;
  log?: (message: string) => void;
  /** How often an idle worker looks for due reminders (default 5 s). */
  pollingIntervalSeconds?: number;
  /** How often the sweep runs (default 10 min). */
  sweepIntervalSeconds?: number;
}

export interface ReminderWorker {
  stop(): Promise<void>;
  /** Runs the sweep now (it also runs on a timer). */
  sweep(): Promise<number>;
}

export async function startReminderWorker(options: ReminderWorkerOptions): Promise<ReminderWorker> {
  const log = options.log ?? (() => {});
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const db = createPrismaClient(options.connectionString, { maxConnections: 3 });
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: PG_BOSS_SCHEMA,
    migrate: true,
    supervise: true,
    schedule: false,
    max: 2,
    application_name: "fieldbook-reminder-worker",
  });
  boss.on("error", (error) => log(`Reminder queue error: ${error.message}`));
  try {
    await boss.start();
    await boss.createQueue(REMINDER_QUEUE, REMINDER_QUEUE_OPTIONS);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await db.$disconnect();
    throw error;
  }

  await boss.work<ReminderJobData>(
    REMINDER_QUEUE,
    { batchSize: 10, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 },
    async (jobs) => {
      for (const job of jobs) {
        const outcome = await sendAppointmentReminder(db, { ...job.data, now: new Date(), queueEmail: options.queueEmail });
        if (outcome === "duplicate") log(`Reminder for appointment ${job.data.appointmentId} was already queued: not sent again`);
      }
    },
  );

  let sweeping: Promise<number> | undefined;
  const sweep = (): Promise<number> => {
    sweeping ??= planMissingReminders(db, { now: new Date(), appUrl: options.appUrl })
      .then((planned) => {
        if (planned > 0) log(`Reminder sweep: planned ${planned} missing reminder(s)`);
        return planned;
      })
      .finally(() => (sweeping = undefined));
    return sweeping;
  };
  await sweep().catch((error: unknown) => log(`Reminder sweep failed: ${describe(error)}`));
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => log(`Reminder sweep failed: ${describe(error)}`));
  }, (options.sweepIntervalSeconds ?? 600) * 1000);
  timer.unref();

  let stopped: Promise<void> | undefined;
  return {
    sweep,
    stop() {
      stopped ??= (async () => {
        clearInterval(timer);
        await sweeping?.catch(() => {});
        // graceful: the batch in flight finishes before the connections close.
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
        await db.$disconnect();
      })();
      return stopped;
    },
  };
}
