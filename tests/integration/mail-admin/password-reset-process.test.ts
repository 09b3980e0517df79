/**
 * The "Send password reset to contact" process (product.md §1): it can be switched on only
 * when its From is a staff user whose mailbox is enabled; a refusal leaves the settings as
 * they were; a sender's mailbox that stops sending switches the process off.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureReferenceData } from "../../../lib/db/reference-data";
import {
  approveMailbox,
  createMailbox,
  disableMailbox,
  setPasswordResetProcess,
  testAndEnableMailbox,
  updateMailbox,
  updateNotificationSetting,
} from "../../../lib/mail";
import { CreateMailboxInput, SetPasswordResetProcessInput, UpdateMailboxInput, UpdateNotificationSettingInput } from "../../../lib/mail/schemas";
import { generateSecretKey } from "../../../lib/mail/secret-box";
import { setUpTestDatabase } from "../../support/database";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";

process.env.FIELDBOOK_SECRET_KEY ??= generateSecretKey();

const { db } = await setUpTestDatabase();
const now = new Date("2026-03-03T08:00:00.000Z");
const SMTP = { user: "owner@brightwater.test", password: "s3cret-for-tests" };

let smtp: SmtpTestServer;
let admin: { userId: string };

beforeAll(async () => {
  await ensureReferenceData(db);
  admin = { userId: (await db.user.create({ data: { email: "admin@brightwater.test", name: "Ada Admin", staffRole: "ADMIN" } })).id };
  smtp = await startSmtpTestServer(SMTP);
});

afterAll(() => smtp.close());

async function staffUser(name: string) {
  return db.user.create({ data: { email: `${randomUUID()}@brightwater.test`, name, staffRole: "DISPATCHER" } });
}

async function mailboxFor(ownerUserId: string, { enable, approve = enable }: { approve?: boolean; enable: boolean }) {
  const created = await createMailbox(db, {
    input: CreateMailboxInput.parse({
      displayName: "Sender",
      fromAddress: `${randomUUID()}@brightwater.test`,
      smtpHost: "127.0.0.1",
      smtpPort: smtp.port,
      tlsMode: "NONE",
      smtpUser: SMTP.user,
      smtpPassword: SMTP.password,
      ownerUserId,
    }),
    by: admin,
    now,
  });
  if (!created.ok) throw new Error(created.code);
  const mailboxId = created.value.mailboxId;
  if (approve) await approveMailbox(db, { mailboxId, by: admin, now });
  if (enable) expect(await testAndEnableMailbox(db, { mailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });
  return mailboxId;
}

function settingsRow() {
  return db.settings.findUniqueOrThrow({ where: { id: 1 } });
}

function enable(senderUserId: string) {
  return setPasswordResetProcess(db, { input: SetPasswordResetProcessInput.parse({ enabled: true, senderUserId }), by: admin, now });
}

async function switchOff() {
  await setPasswordResetProcess(db, { input: SetPasswordResetProcessInput.parse({ enabled: false, senderUserId: null }), by: admin, now });
}

describe("enabling the password-reset process", () => {
  it("is refused when the sender has no mailbox, and the settings row is unchanged", async () => {
    await switchOff();
    const sender = await staffUser("No Mailbox");
    const before = await settingsRow();
    const auditBefore = await db.auditLog.count();

    expect(await enable(sender.id)).toEqual({
      ok: false,
      code: "sender_mailbox_not_enabled",
      fieldErrors: { senderUserId: "admin.mail.errors.senderMailboxNotEnabled" },
      senderMailboxStatus: null,
      senderName: "No Mailbox",
    });
    expect(await settingsRow()).toEqual(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it.each([
    { state: "pending approval", approve: false, status: "PENDING_APPROVAL" },
    { state: "approved but not tested", approve: true, status: "APPROVED" },
  ])("is refused when the sender's mailbox is $state, naming that state", async ({ approve, status }) => {
    await switchOff();
    const sender = await staffUser("Not Enabled");
    await mailboxFor(sender.id, { approve, enable: false });
    const before = await settingsRow();
    const notificationBefore = await db.notificationSetting.findUniqueOrThrow({ where: { kind: "PASSWORD_RESET" } });

    expect(await enable(sender.id)).toMatchObject({ ok: false, code: "sender_mailbox_not_enabled", senderMailboxStatus: status });
    expect(await settingsRow()).toEqual(before);
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "PASSWORD_RESET" } })).toEqual(notificationBefore);
  });

  it("is refused without a sender (the form says to choose one)", () => {
    expect(SetPasswordResetProcessInput.safeParse({ enabled: true, senderUserId: "" }).error?.issues).toMatchObject([
      { path: ["senderUserId"], message: "admin.mail.errors.senderRequired" },
    ]);
  });

  it("is refused for someone who is not staff", async () => {
    const customer = await db.user.create({ data: { email: `${randomUUID()}@example.test` } });
    expect(await enable(customer.id)).toMatchObject({ ok: false, code: "sender_not_staff" });
  });

  it("works with a sender whose mailbox is enabled, and the PASSWORD_RESET notification follows it", async () => {
    const sender = await staffUser("Enabled Sender");
    await mailboxFor(sender.id, { enable: true });

    expect(await enable(sender.id)).toEqual({ ok: true, value: undefined });
    expect(await settingsRow()).toMatchObject({ passwordResetProcessEnabled: true, passwordResetSenderUserId: sender.id });
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "PASSWORD_RESET" } })).toMatchObject({
      enabled: true,
      senderUserId: sender.id,
    });
    const audit = await db.auditLog.findFirst({ where: { action: "process.password_reset.enabled" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, entityType: "settings" });
  });
});

describe("a process sender's mailbox that stops sending", () => {
  it("switches the process off when it is disabled", async () => {
    const sender = await staffUser("Sender To Disable");
    const mailboxId = await mailboxFor(sender.id, { enable: true });
    expect(await enable(sender.id)).toMatchObject({ ok: true });

    expect(await disableMailbox(db, { mailboxId, by: admin, now })).toEqual({ ok: true, value: { passwordResetProcessSwitchedOff: true } });
    expect(await settingsRow()).toMatchObject({ passwordResetProcessEnabled: false, passwordResetSenderUserId: sender.id });
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "PASSWORD_RESET" } })).toMatchObject({ enabled: false });
    expect(
      await db.auditLog.count({ where: { action: "process.password_reset.switched_off", data: { path: ["mailboxId"], equals: mailboxId } } }),
    ).toBe(1);
  });

  it("switches the process off when it is edited (back to the test)", async () => {
    const sender = await staffUser("Sender To Edit");
    const mailboxId = await mailboxFor(sender.id, { enable: true });
    expect(await enable(sender.id)).toMatchObject({ ok: true });
    const mailbox = await db.mailbox.findUniqueOrThrow({ where: { id: mailboxId } });

    const edited = await updateMailbox(db, {
      input: UpdateMailboxInput.parse({
        mailboxId,
        displayName: "Renamed",
        fromAddress: mailbox.fromAddress,
        smtpHost: mailbox.smtpHost,
        smtpPort: mailbox.smtpPort,
        tlsMode: mailbox.tlsMode,
        smtpUser: mailbox.smtpUser ?? "",
        smtpPassword: "",
        ownerUserId: sender.id,
      }),
      by: admin,
      now,
    });
    expect(edited).toMatchObject({ ok: true, value: { status: "APPROVED", passwordResetProcessSwitchedOff: true } });
    expect(await settingsRow()).toMatchObject({ passwordResetProcessEnabled: false });
  });

  it("leaves the process alone when another mailbox is disabled", async () => {
    const sender = await staffUser("Steady Sender");
    await mailboxFor(sender.id, { enable: true });
    expect(await enable(sender.id)).toMatchObject({ ok: true });
    const other = await staffUser("Someone Else");
    const otherMailbox = await mailboxFor(other.id, { enable: true });

    expect(await disableMailbox(db, { mailboxId: otherMailbox, by: admin, now })).toEqual({
      ok: true,
      value: { passwordResetProcessSwitchedOff: false },
    });
    expect(await settingsRow()).toMatchObject({ passwordResetProcessEnabled: true, passwordResetSenderUserId: sender.id });
  });
});

describe("notification settings", () => {
  it("turn a notification off and choose a sender that has a mailbox, audit-logged", async () => {
    const sender = await staffUser("Notifier");
    await mailboxFor(sender.id, { enable: false });
    const result = await updateNotificationSetting(db, {
      input: UpdateNotificationSettingInput.parse({ kind: "REMINDER", enabled: false, senderUserId: sender.id }),
      by: admin,
      now,
    });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "REMINDER" } })).toMatchObject({
      enabled: false,
      senderUserId: sender.id,
    });
    expect(await db.auditLog.count({ where: { action: "notification.updated", entityId: "REMINDER" } })).toBe(1);
  });

  it("refuse a sender without a mailbox, leaving the row as it was", async () => {
    const before = await db.notificationSetting.findUniqueOrThrow({ where: { kind: "INVITATION" } });
    const sender = await staffUser("Mailboxless");
    expect(
      await updateNotificationSetting(db, {
        input: UpdateNotificationSettingInput.parse({ kind: "INVITATION", enabled: true, senderUserId: sender.id }),
        by: admin,
        now,
      }),
    ).toMatchObject({ ok: false, code: "sender_has_no_mailbox" });
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "INVITATION" } })).toEqual(before);
  });

  it("leave password reset to its process", async () => {
    expect(
      await updateNotificationSetting(db, {
        input: UpdateNotificationSettingInput.parse({ kind: "PASSWORD_RESET", enabled: true, senderUserId: null }),
        by: admin,
        now,
      }),
    ).toMatchObject({ ok: false, code: "managed_by_process" });
  });
});
