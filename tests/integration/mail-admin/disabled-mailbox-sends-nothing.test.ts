/**
 * "Only an enabled mailbox sends" with the real outbox workers (pg-boss) and a real SMTP
 * server: an email queued for a disabled mailbox waits and nothing reaches the server; a new
 * Test and enable releases it and it goes out.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { ensureReferenceData } from "../../../lib/db/reference-data";
import { approveMailbox, createMailbox, disableMailbox, testAndEnableMailbox } from "../../../lib/mail";
import { startMailWorkers, type MailWorkers } from "../../../lib/mail/outbox-worker";
import { queueEmail } from "../../../lib/mail/queue-email";
import { CreateMailboxInput } from "../../../lib/mail/schemas";
import { generateSecretKey } from "../../../lib/mail/secret-box";
import { setUpTestDatabase } from "../../support/database";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

process.env.FIELDBOOK_SECRET_KEY ??= generateSecretKey();

const { db, url } = await setUpTestDatabase();
const SMTP = { user: "bookings@brightwater.test", password: "s3cret-for-tests" };
const now = new Date("2026-03-03T08:00:00.000Z");

let smtp: SmtpTestServer;
let workers: MailWorkers;
let admin: { userId: string };

beforeAll(async () => {
  await ensureReferenceData(db);
  admin = { userId: (await db.user.create({ data: { email: "admin@brightwater.test", staffRole: "ADMIN" } })).id };
  smtp = await startSmtpTestServer(SMTP);
  workers = await startMailWorkers({
    connectionString: url,
    secretKey: process.env.FIELDBOOK_SECRET_KEY,
    log: () => undefined,
    retryDelaySeconds: 0.1,
    maxRetryDelaySeconds: 0.5,
    pollingIntervalSeconds: 0.5,
    sweepIntervalSeconds: 3600,
  });
});

afterAll(async () => {
  await workers.stop();
  await smtp.close();
});

async function queue(mailboxId: string, subject: string): Promise<string> {
  const { id } = await db.$transaction((tx) =>
    queueEmail(tx, { to: ["claire.martin@example.test"], subject, html: `<p>${subject}</p>`, text: subject, template: "invitation", mailboxId }),
  );
  return id;
}

function outboxRow(id: string) {
  return db.outboxEmail.findUniqueOrThrow({ where: { id }, select: { status: true, waitingForMailbox: true, attempts: true } });
}

const subjects = () => smtp.messages.map((message) => message.subject);

it("sends nothing from a disabled mailbox, and sends what waited once it passes a new test", async () => {
  const created = await createMailbox(db, {
    input: CreateMailboxInput.parse({
      displayName: "Brightwater Services",
      fromAddress: "bookings@brightwater.test",
      smtpHost: "127.0.0.1",
      smtpPort: smtp.port,
      tlsMode: "NONE",
      smtpUser: SMTP.user,
      smtpPassword: SMTP.password,
      ownerUserId: "",
    }),
    by: admin,
    now,
  });
  if (!created.ok) throw new Error(created.code);
  const mailboxId = created.value.mailboxId;
  await approveMailbox(db, { mailboxId, by: admin, now });
  expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });

  // Enabled: it sends.
  const first = await queue(mailboxId, "Sent while enabled");
  await expect.poll(() => outboxRow(first).then((row) => row.status), { timeout: 15_000 }).toBe("SENT");
  expect(subjects()).toContain("Sent while enabled");

  // Disabled: the email waits, the SMTP server hears nothing.
  expect(await disableMailbox(db, { mailboxId, by: admin, now })).toMatchObject({ ok: true });
  const received = smtp.messages.length;
  const second = await queue(mailboxId, "Queued while disabled");
  await expect.poll(() => outboxRow(second), { timeout: 15_000 }).toMatchObject({ status: "QUEUED", waitingForMailbox: true, attempts: 0 });
  expect(smtp.messages).toHaveLength(received);

  // A new test enables it and releases what waited.
  expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });
  await expect.poll(() => outboxRow(second).then((row) => row.status), { timeout: 15_000 }).toBe("SENT");
  expect(subjects()).toContain("Queued while disabled");
});
