/**
 * The pg-boss queue that wakes the outbox worker. The outbox row is the truth (what to send,
 * its status); a job only says "look at row X from this instant on". Jobs are inserted
 * through whatever connection the caller is using — a Prisma transaction or a pg client in
 * a transaction — so a row and its job commit or roll back together.
 *
 * pg-boss installs its schema ("pgboss") and our queue when the workers start
 * (`installMailQueue`, run by `npm start` before Next.js serves). A row written before
 * that (no pgboss schema yet) gets its job from the worker's sweep when it starts.
 */
import PgBoss from "pg-boss";
import type { Tx } from "../db/types";

export const OUTBOX_QUEUE = "outbox-email";
export const PG_BOSS_SCHEMA = "pgboss";

/** What a job carries: the row to look at. */
export interface OutboxJobData {
  outboxEmailId: string;
}

/** A connection pg-boss can run its SQL on (its `Db` interface). */
export type JobExecutor = PgBoss.Db;

/** Row id and when to look at it (now when absent). */
export interface OutboxJob {
  outboxEmailId: string;
  startAfter?: Date;
}

/**
 * pg-boss's own retries only cover a batch that threw (database outage mid-batch): the worker
 * schedules SMTP retries itself, on the row. A job that outlives `expireInSeconds` (worker
 * hung or killed) is retried, and then finds its row in SENDING (outbox-worker.ts).
 */
export const OUTBOX_QUEUE_OPTIONS = {
  name: OUTBOX_QUEUE,
  policy: "standard",
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  retentionMinutes: 14 * 24 * 60,
} as const satisfies PgBoss.Queue;

/** Runs pg-boss's statements inside a Prisma interactive transaction. */
export function prismaExecutor(tx: Tx): JobExecutor {
  return {
    async executeSql(text, values = []) {
      // Prisma's raw queries take no `undefined`; pg-boss leaves optional settings undefined.
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value: unknown) => (value === undefined ? null : value)));
      return { rows };
    },
  };
}

let jobWriter: PgBoss | undefined;

/** A pg-boss instance that is never started: it only builds job inserts for a given connection. */
function writer(): PgBoss {
  jobWriter ??= new PgBoss({
    schema: PG_BOSS_SCHEMA,
    db: {
      executeSql: () => Promise.reject(new Error("lib/mail/job-queue: pass the connection to use ({ db })")),
    },
  });
  return jobWriter;
}

/**
 * SQL expression: whether pg-boss's tables exist in this database (they do once the workers
 * have started). Never an error inside the caller's transaction; callers fold it into a
 * statement they run anyway.
 */
export const JOB_QUEUE_INSTALLED_SQL = `to_regclass('${PG_BOSS_SCHEMA}.job') IS NOT NULL`;

/** Whether pg-boss's tables exist in this database (they do once the workers have started). */
export async function jobQueueInstalled(executor: JobExecutor): Promise<boolean> {
  const { rows } = await executor.executeSql(`SELECT ${JOB_QUEUE_INSTALLED_SQL} AS installed`, []);
  return (rows[0] as { installed: boolean } | undefined)?.installed === true;
}

/** The pg-boss job that wakes the worker for one outbox row. */
export function outboxJobInsert(job: OutboxJob): PgBoss.JobInsert<OutboxJobData> {
  return { name: OUTBOX_QUEUE, data: { outboxEmailId: job.outboxEmailId }, startAfter: job.startAfter };
}

/**
 * pg-boss's own insert statement for `jobs` (any queues), its parameters numbered from
 * `firstParameter`, for a caller that runs it as one part (a CTE) of its own statement — a
 * booking writes its rows and their jobs in one round trip. pg-boss writes the SQL and its
 * values (queue defaults, singleton keys, retention); only the parameter numbers move.
 * The caller must know the job table exists (`JOB_QUEUE_INSTALLED_SQL`).
 */
export async function jobInsertStatement(jobs: PgBoss.JobInsert[], firstParameter: number): Promise<{ sql: string; values: unknown[] }> {
  let captured: { text: string; values: unknown[] } | undefined;
  await writer().insert(jobs, {
    db: {
      executeSql(text, values = []) {
        captured = { text, values };
        return Promise.resolve({ rows: [] });
      },
    },
  });
  if (!captured) throw new Error("lib/mail/job-queue: pg-boss wrote no insert statement");
  const shift = firstParameter - 1;
  return {
    sql: captured.text.trim().replace(/\$(\d+)/g, (_, number: string) => `$${Number(number) + shift}`),
    // Prisma's raw queries take no `undefined`; pg-boss leaves optional settings undefined.
    values: captured.values.map((value: unknown) => (value === undefined ? null : value)),
  };
}

/**
 * Inserts one job per row on `executor` (the caller's transaction). Returns false, inserting
 * nothing, while pg-boss is not installed: the worker's start-up sweep finds those rows.
 */
export async function enqueueOutboxJobs(executor: JobExecutor, jobs: OutboxJob[]): Promise<boolean> {
  if (jobs.length === 0) return true;
  if (!(await jobQueueInstalled(executor))) return false;
  await writer().insert(jobs.map(outboxJobInsert), { db: executor });
  return true;
}
