/**
 * Mailboxes: add → approve email → test and enable → enabled; a wrong password keeps the
 * mailbox disabled with the SMTP server's own answer; an edit sends it back through the test;
 * a disabled mailbox sends nothing. Against real PostgreSQL and a real SMTP server on
 * loopback that requires a password.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ensureReferenceData } from "../../../lib/db/reference-data";
import {
  approveMailbox,
  createMailbox,
  disableMailbox,
  listMailboxes,
  testAndEnableMailbox,
  updateMailbox,
} from "../../../lib/mail";
import { CreateMailboxInput, UpdateMailboxInput } from "../../../lib/mail/schemas";
import { decryptSecret, generateSecretKey } from "../../../lib/mail/secret-box";
import { loadMailRouting, sendingMailbox } from "../../../lib/mail/sender-routing";
import { setUpTestDatabase } from "../../support/database";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

process.env.FIELDBOOK_SECRET_KEY ??= generateSecretKey();

const { db, url } = await setUpTestDatabase();
const SMTP_USER = "bookings@brightwater.test";
const SMTP_PASSWORD = "correct horse battery staple";
const now = new Date("2026-03-03T08:00:00.000Z");

let smtp: SmtpTestServer;
let pool: pg.Pool;
let admin: { userId: string };

beforeAll(async () => {
  await ensureReferenceData(db);
  await db.settings.update({ where: { id: 1 }, data: { companyName: "Brightwater Services", brandColor: "#0e7490" } });
  const user = await db.user.create({ data: { email: "admin@brightwater.test", name: "Ada Admin", staffRole: "ADMIN" } });
  admin = { userId: user.id };
  smtp = await startSmtpTestServer({ user: SMTP_USER, password: SMTP_PASSWORD });
  pool = new pg.Pool({ connectionString: url, max: 2 });
});

afterAll(async () => {
  await smtp.close();
  await pool.end();
});

beforeEach(() => {
  smtp.messages.length = 0;
  smtp.beforeAccept = undefined;
});

function mailboxForm(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    displayName: "  Brightwater Services ",
    fromAddress: " Bookings@Brightwater.TEST ",
    smtpHost: "127.0.0.1",
    smtpPort: String(smtp.port),
    tlsMode: "NONE",
    smtpUser: SMTP_USER,
    smtpPassword: SMTP_PASSWORD,
    ownerUserId: "",
    ...overrides,
  };
}

async function addMailbox(overrides: Partial<Record<string, unknown>> = {}): Promise<string> {
  const created = await createMailbox(db, { input: CreateMailboxInput.parse(mailboxForm(overrides)), by: admin, now });
  if (!created.ok) throw new Error(`createMailbox failed: ${created.code}`);
  return created.value.mailboxId;
}

async function mailboxRow(id: string) {
  return db.mailbox.findUniqueOrThrow({ where: { id } });
}

async function auditActions(mailboxId: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { entityType: "mailbox", entityId: mailboxId }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => row.action);
}

async function sendsNow(mailboxId: string): Promise<boolean> {
  return sendingMailbox({ mailboxId, notification: null }, await loadMailRouting(pool)) !== null;
}

describe("a mailbox's life", () => {
  it("goes pending → approved → enabled, refusing a wrong password with the server's words, until edited with the right one", async () => {
    const mailboxId = await addMailbox({ smtpPassword: "wrong password" });
    expect(await mailboxRow(mailboxId)).toMatchObject({
      status: "PENDING_APPROVAL",
      displayName: "Brightwater Services",
      fromAddress: "bookings@brightwater.test",
    });

    // Not approved yet: nothing to test.
    expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: false, code: "not_testable" });

    expect(await approveMailbox(db, { mailboxId, by: admin, now })).toEqual({ ok: true, value: undefined });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "APPROVED", approvedById: admin.userId });
    expect(await approveMailbox(db, { mailboxId, by: admin, now })).toMatchObject({ ok: false, code: "not_pending_approval" });

    // Wrong password: the SMTP server refuses, the mailbox stays approved, not enabled.
    const refused = await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" });
    expect(refused).toMatchObject({ ok: false, code: "smtp_test_failed" });
    const serverMessage = refused.ok ? "" : "serverMessage" in refused ? refused.serverMessage : "";
    expect(serverMessage).toContain("535");
    expect(serverMessage).toContain(smtp.authFailureText);
    const afterFailure = await mailboxRow(mailboxId);
    expect(afterFailure.status).toBe("APPROVED");
    expect(afterFailure.lastTestError).toBe(serverMessage);
    expect(smtp.messages).toHaveLength(0);
    expect(await sendsNow(mailboxId)).toBe(false);

    // Edit with the right password: still needs the test, the old error is gone.
    const edited = await updateMailbox(db, {
      input: UpdateMailboxInput.parse({ mailboxId, ...mailboxForm({ smtpPassword: SMTP_PASSWORD }) }),
      by: admin,
      now,
    });
    expect(edited).toMatchObject({ ok: true, value: { status: "APPROVED" } });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "APPROVED", lastTestError: null });

    const enabled = await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "fr" });
    expect(enabled).toEqual({ ok: true, value: { enabled: true } });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "ENABLED", lastTestError: null, testedAt: now });
    expect(await sendsNow(mailboxId)).toBe(true);

    // The test message really went through the server, from the mailbox to itself.
    expect(smtp.messages).toHaveLength(1);
    const [message] = smtp.messages;
    expect(message?.subject).toBe("Message de test Fieldbook envoyé depuis Brightwater Services");
    expect(message?.from?.text).toContain("bookings@brightwater.test");
    expect(message?.text).toContain("Brightwater Services (bookings@brightwater.test)");
    expect(message?.html).toContain("#0e7490");

    expect(await auditActions(mailboxId)).toEqual([
      "mailbox.created",
      "mailbox.approved",
      "mailbox.test_failed",
      "mailbox.updated",
      "mailbox.enabled",
    ]);
  });

  it("goes back through the test when edited, keeping the stored password when none is typed", async () => {
    const mailboxId = await addMailbox();
    await approveMailbox(db, { mailboxId, by: admin, now });
    expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });
    const storedBefore = (await mailboxRow(mailboxId)).smtpPasswordEncrypted;

    const edited = await updateMailbox(db, {
      input: UpdateMailboxInput.parse({ mailboxId, ...mailboxForm({ displayName: "Brightwater bookings", smtpPassword: "" }) }),
      by: admin,
      now,
    });
    expect(edited).toMatchObject({ ok: true, value: { status: "APPROVED" } });
    const row = await mailboxRow(mailboxId);
    expect(row).toMatchObject({ status: "APPROVED", displayName: "Brightwater bookings" });
    expect(row.smtpPasswordEncrypted).toBe(storedBefore);
    expect(await sendsNow(mailboxId)).toBe(false);

    // The kept password still authenticates.
    expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "ENABLED" });
  });

  it("needs a new approval when the From address changes", async () => {
    const mailboxId = await addMailbox();
    await approveMailbox(db, { mailboxId, by: admin, now });
    const edited = await updateMailbox(db, {
      input: UpdateMailboxInput.parse({ mailboxId, ...mailboxForm({ fromAddress: "visits@brightwater.test", smtpPassword: "" }) }),
      by: admin,
      now,
    });
    expect(edited).toMatchObject({ ok: true, value: { status: "PENDING_APPROVAL" } });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "PENDING_APPROVAL", approvedById: null, approvedAt: null });
  });

  it("sends nothing once disabled, and needs a new test to send again", async () => {
    const mailboxId = await addMailbox();
    await approveMailbox(db, { mailboxId, by: admin, now });
    await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" });
    expect(await sendsNow(mailboxId)).toBe(true);

    expect(await disableMailbox(db, { mailboxId, by: admin, now })).toEqual({
      ok: true,
      value: { passwordResetProcessSwitchedOff: false },
    });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "DISABLED" });
    expect(await sendsNow(mailboxId)).toBe(false);
    expect(await disableMailbox(db, { mailboxId, by: admin, now })).toMatchObject({ ok: false, code: "not_enabled" });

    smtp.messages.length = 0;
    expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });
    expect(smtp.messages).toHaveLength(1);
    expect(await sendsNow(mailboxId)).toBe(true);
    expect(await auditActions(mailboxId)).toEqual([
      "mailbox.created",
      "mailbox.approved",
      "mailbox.enabled",
      "mailbox.disabled",
      "mailbox.enabled",
    ]);
  });

  it("does not enable settings that changed while their test was running", async () => {
    const mailboxId = await addMailbox();
    await approveMailbox(db, { mailboxId, by: admin, now });
    smtp.beforeAccept = async () => {
      await updateMailbox(db, {
        input: UpdateMailboxInput.parse({ mailboxId, ...mailboxForm({ smtpHost: "mail.brightwater.test", smtpPassword: "" }) }),
        by: admin,
        now,
      });
    };
    expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({
      ok: false,
      code: "changed_meanwhile",
    });
    expect(await mailboxRow(mailboxId)).toMatchObject({ status: "APPROVED", smtpHost: "mail.brightwater.test" });
  });

  it("answers not_found for a mailbox that does not exist", async () => {
    const mailboxId = randomUUID();
    expect(await approveMailbox(db, { mailboxId, by: admin, now })).toMatchObject({ ok: false, code: "not_found" });
    expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await disableMailbox(db, { mailboxId, by: admin, now })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("SMTP passwords", () => {
  it("are stored encrypted, decrypt back, and never reach the settings page's data", async () => {
    const mailboxId = await addMailbox();
    const stored = (await mailboxRow(mailboxId)).smtpPasswordEncrypted;
    expect(stored).not.toBeNull();
    expect(stored).not.toContain(SMTP_PASSWORD);
    expect(decryptSecret(stored!)).toEqual({ ok: true, value: SMTP_PASSWORD });

    const listed = await listMailboxes(db);
    const shown = JSON.stringify(listed);
    expect(shown).not.toContain(SMTP_PASSWORD);
    expect(shown).not.toContain(stored!);
    expect(listed.find((mailbox) => mailbox.id === mailboxId)).toMatchObject({ hasPassword: true });
  });

  it("are not written to the audit log", async () => {
    const mailboxId = await addMailbox();
    await updateMailbox(db, {
      input: UpdateMailboxInput.parse({ mailboxId, ...mailboxForm({ smtpPassword: "a brand new secret" }) }),
      by: admin,
      now,
    });
    const audit = JSON.stringify(await db.auditLog.findMany({ where: { entityId: mailboxId } }));
    expect(audit).not.toContain(SMTP_PASSWORD);
    expect(audit).not.toContain("a brand new secret");
    expect(audit).not.toContain("v1:");
  });
});

describe("mailbox owners", () => {
  it("must be active staff, with one mailbox each", async () => {
    const customer = await db.user.create({ data: { email: `customer-${randomUUID()}@example.test` } });
    expect(await createMailbox(db, { input: CreateMailboxInput.parse(mailboxForm({ ownerUserId: customer.id })), by: admin, now })).toMatchObject({
      ok: false,
      code: "owner_not_staff",
    });

    const dispatcher = await db.user.create({ data: { email: `dispatcher-${randomUUID()}@brightwater.test`, staffRole: "DISPATCHER" } });
    expect(await createMailbox(db, { input: CreateMailboxInput.parse(mailboxForm({ ownerUserId: dispatcher.id })), by: admin, now })).toMatchObject({
      ok: true,
    });
    const count = await db.mailbox.count();
    expect(await createMailbox(db, { input: CreateMailboxInput.parse(mailboxForm({ ownerUserId: dispatcher.id })), by: admin, now })).toMatchObject({
      ok: false,
      code: "owner_has_mailbox",
    });
    expect(await db.mailbox.count()).toBe(count);
  });
});
