/**
 * `npm run bench:mail` (issue 4): queues 1,000 emails, each in its own transaction as a
 * booking would, then starts the outbox workers and times them until every row is SENT and
 * a loopback SMTP server has received exactly 1,000 distinct messages. Target: ≥ 200
 * messages per second on a 2-core machine.
 *
 * Uses a throw-away embedded PostgreSQL, or a scratch database on BENCH_DATABASE_URL's server
 * (its user needs CREATEDB), dropped afterwards. BENCH_EMAILS changes the count.
 */
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { createPrismaClient } from "../lib/db/create-client";
import { applyMigrations } from "../lib/db/migrate";
import { SETTINGS_ID } from "../lib/db/types";
import { installMailQueue, startMailWorkers } from "../lib/mail/outbox-worker";
import { queueEmail } from "../lib/mail/queue-email";
import { startTemporaryPostgres } from "../scripts/postgres/temporary";

const EMAILS = Number(process.env.BENCH_EMAILS || 1000);
const TARGET_PER_SECOND = 200;
const QUEUEING_CONCURRENCY = 8;

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A loopback SMTP server that counts what it receives, by Message-ID. */
async function startCountingSmtpServer() {
  const messageIds = new Set<string>();
  let received = 0;
  let resolveAll: () => void = () => {};
  const allReceived = new Promise<void>((resolve) => (resolveAll = resolve));
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const headers = Buffer.concat(chunks).toString("utf8").split(/\r?\n\r?\n/, 1)[0]!;
        const messageId = /^Message-ID:\s*(\S+)/im.exec(headers)?.[1];
        received++;
        if (messageId) messageIds.add(messageId);
        if (messageIds.size >= EMAILS) resolveAll();
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    }),
  );
  return {
    port,
    allReceived,
    get received() {
      return received;
    },
    messageIds,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const rate = (count: number, milliseconds: number) => (count / (milliseconds / 1000)).toFixed(0);

async function main(): Promise<void> {
  const external = process.env.BENCH_DATABASE_URL;
  const server = external ? undefined : await startTemporaryPostgres({ label: "bench-mail" });
  const serverUrl = external ?? server!.url("postgres");
  const database = `fieldbook_bench_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${database}`);
  const url = databaseUrl(serverUrl, database);
  const smtp = await startCountingSmtpServer();
  const db = createPrismaClient(url, { maxConnections: QUEUEING_CONCURRENCY });
  try {
    await applyMigrations(url);
    await installMailQueue(url);
    const mailbox = await db.mailbox.create({
      data: { displayName: "Brightwater Services", fromAddress: "bookings@brightwater.test", smtpHost: "127.0.0.1", smtpPort: smtp.port, tlsMode: "NONE", status: "ENABLED" },
    });
    await db.settings.create({ data: { id: SETTINGS_ID, companyName: "Brightwater Services", defaultMailboxId: mailbox.id } });

    // Queue: one transaction per email, a few at a time, as concurrent bookings would.
    const queueStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: QUEUEING_CONCURRENCY }, async () => {
        while (next < EMAILS) {
          const index = next++;
          await db.$transaction((tx) =>
            queueEmail(tx, {
              to: [`customer${index}@example.com`],
              subject: `Your visit is booked (#${index})`,
              html: `<p>Dear customer ${index},</p><p>Your visit is booked for <strong>1 December, 09:00 (Europe/Paris)</strong>.</p>`,
              text: `Dear customer ${index},\nYour visit is booked for 1 December, 09:00 (Europe/Paris).`,
              template: "booking-confirmation",
              notification: "BOOKING_CONFIRMATION",
            }),
          );
        }
      }),
    );
    const queueMs = performance.now() - queueStarted;

    // Deliver: from the workers' start until the last row is SENT and every message arrived.
    const deliveryStarted = performance.now();
    const workers = await startMailWorkers({
      connectionString: url,
      log: (line) => console.log(`  worker: ${line}`),
      // Tuning knobs; the defaults are what npm start uses.
      batchSize: process.env.BENCH_BATCH_SIZE ? Number(process.env.BENCH_BATCH_SIZE) : undefined,
      concurrency: process.env.BENCH_CONCURRENCY ? Number(process.env.BENCH_CONCURRENCY) : undefined,
      smtpPool: process.env.BENCH_SMTP_CONNECTIONS ? { maxConnections: Number(process.env.BENCH_SMTP_CONNECTIONS) } : undefined,
    });
    await smtp.allReceived;
    for (;;) {
      const sent = await db.outboxEmail.count({ where: { status: "SENT" } });
      if (sent === EMAILS) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const deliveryMs = performance.now() - deliveryStarted;
    await workers.stop();

    const perSecond = Number(rate(EMAILS, deliveryMs));
    const lines = [
      "",
      `bench:mail — ${cpus().length} CPU(s), PostgreSQL ${external ? "at BENCH_DATABASE_URL" : "embedded"}, SMTP on loopback`,
      `  queued    ${EMAILS} emails in ${(queueMs / 1000).toFixed(2)} s (${rate(EMAILS, queueMs)}/s, one transaction each)`,
      `  delivered ${EMAILS} emails in ${(deliveryMs / 1000).toFixed(2)} s: ${perSecond} messages/second`,
      `  SMTP server received ${smtp.received} messages, ${smtp.messageIds.size} distinct; outbox rows SENT: ${await db.outboxEmail.count({ where: { status: "SENT" } })}`,
      `  target ≥ ${TARGET_PER_SECOND}/s: ${perSecond >= TARGET_PER_SECOND ? "met" : "NOT met"}`,
      "",
    ];
    console.log(lines.join("\n"));
    if (smtp.received !== EMAILS || smtp.messageIds.size !== EMAILS) throw new Error("the SMTP server did not receive each email exactly once");
    if (perSecond < TARGET_PER_SECOND) process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await smtp.stop();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:mail failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
