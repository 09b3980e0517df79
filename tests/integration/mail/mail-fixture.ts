/**
 * Shared set-up of the mail integration tests: mailboxes pointing at a test SMTP server, the
 * workers with short retry delays, and a few readers. Real parts only: PostgreSQL, pg-boss,
 * nodemailer and a loopback SMTP server.
 */
import type { MailboxStatus, PrismaClient } from "@prisma/client";
import pg from "pg";
import { afterAll } from "vitest";
import { SETTINGS_ID } from "@/lib/db/types";
import { startMailWorkers, type MailWorkerOptions, type MailWorkers } from "@/lib/mail/outbox-worker";
import { encryptSecret, generateSecretKey, parseSecretKey } from "@/lib/mail/secret-box";
import type { TestSmtpServer } from "../../support/smtp-server";

/** The key the tests encrypt SMTP passwords with, handed to the workers. */
export const TEST_SECRET_KEY = generateSecretKey();

export async function createTestMailbox(
  db: PrismaClient,
  smtp: Pick<TestSmtpServer, "port">,
  options: { status?: MailboxStatus; fromAddress?: string; displayName?: string; ownerUserId?: string; user?: string; password?: string; asDefault?: boolean } = {},
) {
  const mailbox = await db.mailbox.create({
    data: {
      displayName: options.displayName ?? "Brightwater Services",
      fromAddress: options.fromAddress ?? "bookings@brightwater.test",
      smtpHost: "127.0.0.1",
      smtpPort: smtp.port,
      tlsMode: "NONE",
      smtpUser: options.user ?? null,
      smtpPasswordEncrypted: options.password ? encryptSecret(options.password, parseSecretKey(TEST_SECRET_KEY)) : null,
      status: options.status ?? "ENABLED",
      ownerUserId: options.ownerUserId ?? null,
    },
  });
  if (options.asDefault ?? true) {
    await db.settings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, companyName: "Brightwater Services", defaultMailboxId: mailbox.id },
      update: { defaultMailboxId: mailbox.id },
    });
  }
  return mailbox;
}

/**
 * Workers on `url` with test timings: retries after 0.1 s, doubling up to 0.5 s, polling
 * every 0.5 s. Stopped after the file's tests. `logs` collects every line they wrote.
 */
export async function startTestWorkers(url: string, overrides: Partial<MailWorkerOptions> = {}): Promise<MailWorkers & { logs: string[] }> {
  const logs: string[] = [];
  const workers = await startMailWorkers({
    connectionString: url,
    secretKey: TEST_SECRET_KEY,
    log: (line) => logs.push(line),
    retryDelaySeconds: 0.1,
    maxRetryDelaySeconds: 0.5,
    maxAttempts: 100,
    pollingIntervalSeconds: 0.5,
    sweepIntervalSeconds: 3600,
    batchSize: 10,
    concurrency: 2,
    ...overrides,
  });
  let stopped = false;
  afterAll(async () => {
    if (!stopped) await workers.stop();
  });
  return {
    logs,
    sweep: () => workers.sweep(),
    stop: async () => {
      stopped = true;
      await workers.stop();
    },
  };
}

/** The pg-boss jobs of one outbox row (any state). */
export async function jobsFor(url: string, outboxEmailId: string): Promise<{ state: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const installed = await client.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`);
    if (!installed.rows[0].installed) return [];
    const { rows } = await client.query<{ state: string }>(
      `SELECT state::text FROM pgboss.job WHERE name = 'outbox-email' AND data->>'outboxEmailId' = $1
       UNION ALL SELECT state::text FROM pgboss.archive WHERE name = 'outbox-email' AND data->>'outboxEmailId' = $1`,
      [outboxEmailId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

export const message = (subject: string, to = ["claire.martin@example.com"]) => ({
  to,
  subject,
  html: `<p>${subject}</p>`,
  text: subject,
  template: "test",
});
