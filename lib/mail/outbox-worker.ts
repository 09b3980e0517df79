/**
 * The outbox worker (issue 4): pg-boss jobs wake it; the outbox row decides.
 *
 * Per batch of jobs:
 *  1. rows some earlier worker left in SENDING longer than the send timeout become FAILED,
 *     "delivery uncertain" — they are never sent again automatically (at most once: the
 *     message may have left before that worker died); staff check and retry;
 *  2. each QUEUED row is routed to its mailbox (sender-routing.ts); rows with no enabled
 *     mailbox wait (QUEUED, waitingForMailbox, no attempt counted);
 *  3. the rest are claimed in one statement, `UPDATE … SET status = 'SENDING' WHERE id = ANY(…)
 *     AND status = 'QUEUED'`: a row another worker claimed, or already SENT, is skipped;
 *  4. each claimed row is sent over its mailbox's pooled SMTP transport with the Message-ID
 *     derived from its id, then marked SENT; a transient failure puts it back to QUEUED with
 *     an exponential back-off and a new job at nextAttemptAt (same transaction), up to
 *     maxAttempts, then FAILED; a permanent failure (5xx, invalid address) is FAILED at once.
 *
 * A sweep (at start, then every sweepIntervalSeconds) catches what no job points at: rows
 * queued before pg-boss was installed, rows whose job pg-boss gave up on, waiting rows whose
 * mailbox became enabled some other way, and SENDING rows abandoned by a dead worker.
 *
 * Runs in `npm start`'s process (scripts/start.ts), outside Next.js: no `server-only` here
 * nor in anything imported.
 */
import type { CalendarMethod, NotificationKind } from "@prisma/client";
import pg from "pg";
import PgBoss from "pg-boss";
import type { Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { DEFAULT_BACKOFF, classifyFailure, decideAfterFailure, outboxMessageId, type BackoffPolicy, type FailureKind } from "./delivery-policy";
import { OUTBOX_QUEUE, OUTBOX_QUEUE_OPTIONS, PG_BOSS_SCHEMA, enqueueOutboxJobs, type JobExecutor, type OutboxJobData } from "./job-queue";
import { isUuid } from "./queries";
import { ok } from "../result";
import { fillSecrets, unsealSecrets } from "./sealed-secrets";
import { decryptSecret, parseSecretKey, secretKeyFromEnvironment, type SecretKey } from "./secret-box";
import { loadMailRouting, sendingMailbox, type SendingMailbox } from "./sender-routing";
import { createPooledMailboxTransport, mailboxFrom, smtpErrorMessage, type PoolOptions } from "./transport";

export const WAITING_FOR_MAILBOX_MESSAGE =
  "Waiting for an enabled mailbox: enable the sender's mailbox or the default mailbox (Admin → Mailboxes), and it will be sent.";

export const DELIVERY_UNCERTAIN_MESSAGE =
  "Delivery uncertain: a mail worker stopped while sending this email, so it may or may not have been delivered. " +
  "It will not be sent again automatically; check with the recipient, then retry it if needed.";

export interface MailWorkerOptions {
  connectionString: string;
  /** One line per event worth knowing (failures, waiting emails, sweeps); never a password. */
  log?: (message: string) => void;
  /** FIELDBOOK_SECRET_KEY (base64) to decrypt SMTP passwords; read from the environment when absent. */
  secretKey?: string;
  /** Wait before the second attempt; doubles after each failure (default 30 s). */
  retryDelaySeconds?: number;
  /** Cap of the wait between attempts (default 1 h). */
  maxRetryDelaySeconds?: number;
  /** Attempts before a transient failure becomes FAILED (default 10). */
  maxAttempts?: number;
  /** Jobs fetched per round by each loop (default 50). */
  batchSize?: number;
  /** Fetch loops working in parallel, each on its own batch (default 3). */
  concurrency?: number;
  /** How often an idle loop looks for new jobs (default 1 s, pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often the sweep runs (default 60 s). */
  sweepIntervalSeconds?: number;
  /**
   * A row SENDING for longer than this was abandoned by a dead worker (default 30 min, far
   * above the SMTP timeouts in transport.ts so a slow live send is never mistaken for one).
   */
  sendTimeoutSeconds?: number;
  /** SMTP connections per mailbox (nodemailer pool). */
  smtpPool?: PoolOptions;
}

export interface SweepResult {
  /** SENDING rows marked FAILED (delivery uncertain). */
  abandoned: number;
  /** QUEUED rows that had no job and got one. */
  requeued: number;
  /** Waiting rows whose mailbox is now enabled. */
  released: number;
}

export interface MailWorkers {
  /** Stops fetching, lets the batches in flight finish, closes SMTP and database connections. */
  stop(): Promise<void>;
  /** Runs the sweep now (it also runs on a timer). */
  sweep(): Promise<SweepResult>;
}

interface QueuedRow {
  id: string;
  mailbox_id: string | null;
  notification: NotificationKind | null;
}

interface ClaimedRow {
  id: string;
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
  ics_attachment: string | null;
  ics_method: CalendarMethod | null;
  attempts: number;
  secrets_sealed: string | null;
}

type Outcome =
  | { id: string; kind: "sent"; messageId: string; note: string | null }
  | { id: string; kind: "failed"; failure: FailureKind; error: string; attempts: number };

const DEFAULT_SWEEP_BATCH = 1000;

/** SMTP transports, one pool per mailbox, rebuilt when the mailbox's settings change. */
class TransportCache {
  private readonly entries = new Map<string, { fingerprint: string; transport: Transporter<SMTPPool.SentMessageInfo> }>();
  private secretKey: SecretKey | undefined;

  constructor(
    private readonly poolOptions: PoolOptions,
    secretKeyBase64: string | undefined,
  ) {
    this.secretKey = secretKeyBase64 ? parseSecretKey(secretKeyBase64) : undefined;
  }

  /** The app's key: the one the workers were given, else FIELDBOOK_SECRET_KEY. */
  key(): SecretKey {
    this.secretKey ??= secretKeyFromEnvironment();
    return this.secretKey;
  }

  private password(mailbox: SendingMailbox): string | null {
    if (!mailbox.smtpPasswordEncrypted) return null;
    this.secretKey ??= secretKeyFromEnvironment();
    const decrypted = decryptSecret(mailbox.smtpPasswordEncrypted, this.secretKey);
    if (!decrypted.ok) {
      throw new Error(
        `The SMTP password of mailbox ${mailbox.fromAddress} cannot be decrypted: FIELDBOOK_SECRET_KEY is not the key it was saved with. Enter the password again.`,
      );
    }
    return decrypted.value;
  }

  get(mailbox: SendingMailbox): Transporter<SMTPPool.SentMessageInfo> {
    const fingerprint = [mailbox.updatedAt.getTime(), mailbox.smtpHost, mailbox.smtpPort, mailbox.tlsMode, mailbox.smtpUser, mailbox.smtpPasswordEncrypted].join("\u0000");
    const cached = this.entries.get(mailbox.id);
    if (cached?.fingerprint === fingerprint) return cached.transport;
    cached?.transport.close();
    const transport = createPooledMailboxTransport(mailbox, this.password(mailbox), this.poolOptions);
    this.entries.set(mailbox.id, { fingerprint, transport });
    return transport;
  }

  closeAll(): void {
    for (const { transport } of this.entries.values()) transport.close();
    this.entries.clear();
  }
}

/**
 * pool.end() resolves before its connections have closed: wait for them, so whoever stops
 * PostgreSQL next (npm start's shutdown) does not cut them off mid-goodbye.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    if (pool.totalCount === 0) resolve();
    let open = pool.totalCount;
    pool.on("remove", () => {
      open -= 1;
      if (open <= 0) resolve();
    });
  });
  await pool.end();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
}

function poolExecutor(client: pg.Pool | pg.PoolClient): JobExecutor {
  return { executeSql: (text, values) => client.query(text, values) };
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

class OutboxDelivery {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transports: TransportCache,
    private readonly backoff: BackoffPolicy,
    private readonly sendTimeoutSeconds: number,
    private readonly log: (message: string) => void,
  ) {}

  /** Step 1: SENDING rows older than the send timeout (among `ids`, or all) → FAILED, uncertain. */
  async failAbandonedSends(ids?: string[]): Promise<number> {
    const { rowCount } = await this.pool.query(
      `UPDATE outbox_emails SET status = 'FAILED', last_error = $1, claimed_at = NULL, updated_at = now()
        WHERE status = 'SENDING'
          AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => $2))
          AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
      [DELIVERY_UNCERTAIN_MESSAGE, this.sendTimeoutSeconds, ids ?? null],
    );
    if (rowCount) this.log(`Outbox: ${rowCount} email(s) abandoned mid-send by a stopped worker marked FAILED (delivery uncertain)`);
    return rowCount ?? 0;
  }

  async deliver(outboxEmailIds: string[]): Promise<void> {
    const ids = [...new Set(outboxEmailIds)].filter(isUuid);
    if (ids.length === 0) return;
    await this.failAbandonedSends(ids);

    const { rows: queued } = await this.pool.query<QueuedRow>(
      `SELECT id, mailbox_id, notification FROM outbox_emails WHERE id = ANY($1::uuid[]) AND status = 'QUEUED'`,
      [ids],
    );
    if (queued.length === 0) return;
    const routing = await loadMailRouting(this.pool);
    const mailboxOf = new Map<string, SendingMailbox>();
    const waiting: string[] = [];
    for (const row of queued) {
      const mailbox = sendingMailbox({ mailboxId: row.mailbox_id, notification: row.notification }, routing);
      if (mailbox) mailboxOf.set(row.id, mailbox);
      else waiting.push(row.id);
    }
    if (waiting.length > 0) {
      await this.pool.query(
        `UPDATE outbox_emails SET waiting_for_mailbox = true, last_error = $2, updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'QUEUED'`,
        [waiting, WAITING_FOR_MAILBOX_MESSAGE],
      );
      this.log(`Outbox: ${waiting.length} email(s) waiting for an enabled mailbox`);
    }
    if (mailboxOf.size === 0) return;

    // The claim: only one worker turns a QUEUED row into SENDING.
    const { rows: claimed } = await this.pool.query<ClaimedRow>(
      `UPDATE outbox_emails
          SET status = 'SENDING', claimed_at = now(), attempts = attempts + 1, waiting_for_mailbox = false, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND status = 'QUEUED'
        RETURNING id, "to", cc, subject, html, text, ics_attachment, ics_method, attempts, secrets_sealed`,
      [[...mailboxOf.keys()]],
    );
    const outcomes = await Promise.all(claimed.map((row) => this.send(row, mailboxOf.get(row.id)!)));
    await this.record(outcomes);
  }

  private async send(row: ClaimedRow, mailbox: SendingMailbox): Promise<Outcome> {
    // Secrets (sealed-secrets.ts) are filled in here, in memory only.
    const secrets = row.secrets_sealed ? unsealSecrets(row.secrets_sealed, this.transports.key()) : ok({});
    if (!secrets.ok) {
      return {
        id: row.id,
        kind: "failed",
        failure: "permanent",
        error: "The secrets of this email cannot be decrypted: FIELDBOOK_SECRET_KEY is not the key they were sealed with.",
        attempts: row.attempts,
      };
    }
    try {
      const info = await this.transports.get(mailbox).sendMail({
        from: mailboxFrom(mailbox),
        to: row.to,
        cc: row.cc.length > 0 ? row.cc : undefined,
        subject: fillSecrets(row.subject, secrets.value),
        html: fillSecrets(row.html, secrets.value),
        text: fillSecrets(row.text, secrets.value),
        messageId: outboxMessageId(row.id, mailbox.fromAddress),
        icalEvent: row.ics_attachment && row.ics_method ? { method: row.ics_method, filename: "invite.ics", content: row.ics_attachment } : undefined,
      });
      const rejected = info.rejected ?? [];
      const note = rejected.length > 0 ? `Sent, but the server refused: ${rejected.join(", ")}` : null;
      return { id: row.id, kind: "sent", messageId: info.messageId, note };
    } catch (error) {
      return { id: row.id, kind: "failed", failure: classifyFailure(error), error: smtpErrorMessage(error), attempts: row.attempts };
    }
  }

  private async record(outcomes: Outcome[]): Promise<void> {
    const sent = outcomes.filter((outcome) => outcome.kind === "sent");
    const failed: { id: string; error: string }[] = [];
    const retries: { id: string; error: string; delaySeconds: number }[] = [];
    for (const outcome of outcomes) {
      if (outcome.kind !== "failed") continue;
      const decision = decideAfterFailure(outcome.failure, outcome.attempts, this.backoff);
      if (decision.action === "retry") retries.push({ id: outcome.id, error: outcome.error, delaySeconds: decision.delaySeconds });
      else if (decision.reason === "attempts_exhausted") failed.push({ id: outcome.id, error: `Gave up after ${outcome.attempts} attempts. Last error: ${outcome.error}` });
      else failed.push({ id: outcome.id, error: outcome.error });
    }

    if (sent.length > 0) {
      await this.pool.query(
        `UPDATE outbox_emails AS e
            SET status = 'SENT', sent_at = now(), message_id = r.message_id, last_error = r.note, claimed_at = NULL,
                secrets_sealed = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(id, message_id, note)
          WHERE e.id = r.id AND e.status = 'SENDING'`,
        [sent.map((outcome) => outcome.id), sent.map((outcome) => outcome.messageId), sent.map((outcome) => outcome.note)],
      );
    }
    if (failed.length > 0) {
      await this.pool.query(
        `UPDATE outbox_emails AS e
            SET status = 'FAILED', last_error = r.error, claimed_at = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS r(id, error)
          WHERE e.id = r.id AND e.status = 'SENDING'`,
        [failed.map((entry) => entry.id), failed.map((entry) => entry.error)],
      );
      for (const entry of failed) this.log(`Outbox: email ${entry.id} FAILED: ${entry.error}`);
    }
    if (retries.length > 0) {
      // The row's next attempt and the job that makes it happen commit together.
      await inTransaction(this.pool, async (client) => {
        const { rows } = await client.query<{ id: string; next_attempt_at: Date }>(
          `UPDATE outbox_emails AS e
              SET status = 'QUEUED', last_error = r.error, claimed_at = NULL, updated_at = now(),
                  next_attempt_at = now() + make_interval(secs => r.delay_seconds)
             FROM unnest($1::uuid[], $2::text[], $3::float8[]) AS r(id, error, delay_seconds)
            WHERE e.id = r.id AND e.status = 'SENDING'
            RETURNING e.id, e.next_attempt_at`,
          [retries.map((entry) => entry.id), retries.map((entry) => entry.error), retries.map((entry) => entry.delaySeconds)],
        );
        await enqueueOutboxJobs(
          poolExecutor(client),
          rows.map((row) => ({ outboxEmailId: row.id, startAfter: row.next_attempt_at })),
        );
      });
      this.log(`Outbox: ${retries.length} email(s) will be retried (first error: ${retries[0]!.error})`);
    }
  }

  /** Rows no job points at, waiting rows that can now leave, abandoned sends. */
  async sweep(): Promise<SweepResult> {
    const abandoned = await this.failAbandonedSends();

    const { rows: orphans } = await this.pool.query<{ id: string }>(
      `SELECT e.id FROM outbox_emails e
        WHERE e.status = 'QUEUED' AND NOT e.waiting_for_mailbox AND e.next_attempt_at <= now()
          AND NOT EXISTS (
            SELECT 1 FROM ${PG_BOSS_SCHEMA}.job j
             WHERE j.name = $1 AND j.state < 'completed' AND j.data->>'outboxEmailId' = e.id::text)
        ORDER BY e.next_attempt_at
        LIMIT $2`,
      [OUTBOX_QUEUE, DEFAULT_SWEEP_BATCH],
    );
    await enqueueOutboxJobs(
      poolExecutor(this.pool),
      orphans.map((row) => ({ outboxEmailId: row.id })),
    );

    const { rows: waiting } = await this.pool.query<QueuedRow>(
      `SELECT id, mailbox_id, notification FROM outbox_emails
        WHERE status = 'QUEUED' AND waiting_for_mailbox ORDER BY created_at LIMIT $1`,
      [DEFAULT_SWEEP_BATCH],
    );
    let released = 0;
    if (waiting.length > 0) {
      const routing = await loadMailRouting(this.pool);
      const sendable = waiting.filter((row) => sendingMailbox({ mailboxId: row.mailbox_id, notification: row.notification }, routing)).map((row) => row.id);
      if (sendable.length > 0) {
        released = await inTransaction(this.pool, async (client) => {
          const { rows } = await client.query<{ id: string }>(
            `UPDATE outbox_emails SET waiting_for_mailbox = false, last_error = NULL, next_attempt_at = now(), updated_at = now()
              WHERE id = ANY($1::uuid[]) AND status = 'QUEUED' AND waiting_for_mailbox
              RETURNING id`,
            [sendable],
          );
          await enqueueOutboxJobs(
            poolExecutor(client),
            rows.map((row) => ({ outboxEmailId: row.id })),
          );
          return rows.length;
        });
      }
    }
    if (orphans.length > 0 || released > 0) this.log(`Outbox sweep: ${orphans.length} email(s) put back in line, ${released} released to a newly enabled mailbox`);
    return { abandoned, requeued: orphans.length, released };
  }
}

/**
 * Installs pg-boss's schema and the outbox queue (idempotent), without starting workers.
 * `npm start` runs it before Next.js serves, so every queued email gets its job at once.
 */
export async function installMailQueue(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: PG_BOSS_SCHEMA, supervise: false, schedule: false, migrate: true, max: 1 });
  await boss.start();
  try {
    await boss.createQueue(OUTBOX_QUEUE, OUTBOX_QUEUE_OPTIONS);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export async function startMailWorkers(options: MailWorkerOptions): Promise<MailWorkers> {
  const log = options.log ?? (() => {});
  const concurrency = Math.max(1, options.concurrency ?? 3);
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const backoff: BackoffPolicy = {
    retryDelaySeconds: options.retryDelaySeconds ?? DEFAULT_BACKOFF.retryDelaySeconds,
    maxRetryDelaySeconds: options.maxRetryDelaySeconds ?? DEFAULT_BACKOFF.maxRetryDelaySeconds,
    maxAttempts: options.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts,
  };

  const pool = new pg.Pool({ connectionString: options.connectionString, max: concurrency + 3, application_name: "fieldbook-mail-worker" });
  pool.on("error", (error) => log(`Mail worker database connection error: ${error.message}`));
  const boss = new PgBoss({
    db: poolExecutor(pool),
    schema: PG_BOSS_SCHEMA,
    migrate: true,
    supervise: true,
    schedule: false,
    archiveCompletedAfterSeconds: 60 * 60,
  });
  boss.on("error", (error) => log(`Mail queue error: ${error.message}`));

  const transports = new TransportCache(options.smtpPool ?? {}, options.secretKey);
  const delivery = new OutboxDelivery(pool, transports, backoff, options.sendTimeoutSeconds ?? 30 * 60, log);
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

  try {
    await boss.start();
    await boss.createQueue(OUTBOX_QUEUE, OUTBOX_QUEUE_OPTIONS);
    await delivery.sweep();
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await endPool(pool);
    throw error;
  }

  // Our own fetch loops rather than boss.work(): a full batch is followed at once by the next
  // fetch (no polling pause), and stop() knows when the last batch has finished.
  let closing = false;
  const naps = new Set<() => void>();
  const nap = (seconds: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        naps.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, seconds * 1000);
      naps.add(wake);
    });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 1;

  async function fetchLoop(): Promise<void> {
    while (!closing) {
      let jobs: PgBoss.Job<OutboxJobData>[];
      try {
        jobs = await boss.fetch<OutboxJobData>(OUTBOX_QUEUE, { batchSize });
      } catch (error) {
        log(`Mail queue fetch failed: ${describe(error)}`);
        await nap(pollingIntervalSeconds * 5);
        continue;
      }
      if (jobs.length === 0) {
        await nap(pollingIntervalSeconds);
        continue;
      }
      const jobIds = jobs.map((job) => job.id);
      try {
        await delivery.deliver(jobs.map((job) => job.data.outboxEmailId));
        await boss.complete(OUTBOX_QUEUE, jobIds);
      } catch (error) {
        // A database outage mid-batch: pg-boss retries these jobs later (OUTBOX_QUEUE_OPTIONS).
        log(`Mail batch failed, its jobs will be retried: ${describe(error)}`);
        await boss.fail(OUTBOX_QUEUE, jobIds).catch(() => {});
      }
    }
  }
  const loops = Array.from({ length: concurrency }, () => fetchLoop());

  let sweeping: Promise<SweepResult> | undefined;
  const sweep = (): Promise<SweepResult> => {
    sweeping ??= delivery.sweep().finally(() => (sweeping = undefined));
    return sweeping;
  };
  const timer = setInterval(() => {
    sweep().catch((error: unknown) => log(`Outbox sweep failed: ${describe(error)}`));
  }, (options.sweepIntervalSeconds ?? 60) * 1000);
  timer.unref();

  let stopped: Promise<void> | undefined;
  return {
    sweep,
    stop() {
      stopped ??= (async () => {
        clearInterval(timer);
        closing = true;
        for (const wake of [...naps]) wake();
        // The batches in flight finish (SMTP timeouts bound them), then nothing else starts.
        await Promise.allSettled([...loops, sweeping]);
        await boss.stop({ graceful: false, wait: true });
        transports.closeAll();
        await endPool(pool);
      })();
      return stopped;
    },
  };
}
