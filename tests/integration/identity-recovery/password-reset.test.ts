/**
 * Password reset by email (issue 5 §7, product.md §1): a link only while the process can send,
 * the same answer for unknown addresses, tokens hashed at rest, 30 minutes, single use, the
 * reset ends every session, requests limited per email and per client. Real parts: PostgreSQL,
 * the outbox workers and a loopback SMTP server.
 */
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import {
  PASSWORD_RESET_REQUESTS_PER_CLIENT,
  PASSWORD_RESET_REQUESTS_PER_EMAIL,
  requestPasswordReset,
  type RequestPasswordReset,
} from "@/lib/auth/request-password-reset";
import { isPasswordResetTokenUsable } from "@/lib/auth/password-reset-queries";
import { resetPassword } from "@/lib/auth/reset-password";
import { createSession, findSessionUser } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { BUILT_IN_WEB_ROLE_KEYS, ensureReferenceData } from "@/lib/db/reference-data";
import { approveMailbox, createMailbox, disableMailbox, setPasswordResetProcess, testAndEnableMailbox } from "@/lib/mail";
import { CreateMailboxInput, SetPasswordResetProcessInput } from "@/lib/mail/schemas";
import { unsealSecrets } from "@/lib/mail/sealed-secrets";
import { setUpTestDatabase } from "../../support/database";
import { startTestWorkers, TEST_SECRET_KEY } from "../mail/mail-fixture";
import { startSmtpTestServer, type SmtpTestServer } from "../mail-admin/smtp-test-server";

process.env.FIELDBOOK_SECRET_KEY = TEST_SECRET_KEY;

const { db, url } = await setUpTestDatabase();
const now = new Date("2026-03-03T08:00:00.000Z");
const APP_URL = "https://portal.brightwater.test";
const OLD_PASSWORD = "old enough passphrase";
const NEW_PASSWORD = "a brand new passphrase";
const SMTP = { user: "sender@brightwater.test", password: "smtp-secret-for-tests" };

let smtp: SmtpTestServer;
let admin: { userId: string };
let senderMailboxId: string;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function createCustomer(email: string, options: { password?: string | null } = {}) {
  const contact = await db.contact.create({ data: { firstName: "Claire", lastName: "Martin", email } });
  const user = await db.user.create({
    data: {
      email,
      name: "Claire Martin",
      contactId: contact.id,
      passwordHash: options.password === null ? null : await hashPassword(options.password ?? OLD_PASSWORD),
    },
  });
  const portal = await db.webRole.findUniqueOrThrow({ where: { key: BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers } });
  await db.contactWebRole.create({ data: { contactId: contact.id, webRoleId: portal.id } });
  return user;
}

function request(email: string, overrides: Partial<RequestPasswordReset> = {}) {
  return requestPasswordReset(db, { email, clientKey: null, appUrl: APP_URL, locale: "en", now, ...overrides });
}

/** The token the newest queued reset email to `email` will carry (unsealed as the worker does). */
async function tokenEmailedTo(email: string): Promise<string> {
  const outbox = await db.outboxEmail.findFirstOrThrow({ where: { to: { has: email }, template: "password-reset" }, orderBy: { createdAt: "desc" } });
  const secrets = unsealSecrets(outbox.secretsSealed ?? "");
  if (!secrets.ok || !secrets.value.token) throw new Error("no sealed token in the reset email");
  return secrets.value.token;
}

beforeAll(async () => {
  await ensureReferenceData(db);
  smtp = await startSmtpTestServer(SMTP);
  admin = { userId: (await db.user.create({ data: { email: "admin@brightwater.test", name: "Ada Admin", staffRole: "ADMIN" } })).id };
  // The process's From: a dispatcher whose mailbox went through approve → test and enable.
  const sender = await db.user.create({ data: { email: SMTP.user, name: "Dana Dispatcher", staffRole: "DISPATCHER" } });
  const created = await createMailbox(db, {
    input: CreateMailboxInput.parse({
      displayName: "Brightwater Services",
      fromAddress: SMTP.user,
      smtpHost: "127.0.0.1",
      smtpPort: smtp.port,
      tlsMode: "NONE",
      smtpUser: SMTP.user,
      smtpPassword: SMTP.password,
      ownerUserId: sender.id,
    }),
    by: admin,
    now,
  });
  if (!created.ok) throw new Error(created.code);
  senderMailboxId = created.value.mailboxId;
  await approveMailbox(db, { mailboxId: senderMailboxId, by: admin, now });
  expect(await testAndEnableMailbox(db, { mailboxId: senderMailboxId, by: admin, now, locale: "en" })).toMatchObject({ ok: true });
  expect(
    await setPasswordResetProcess(db, { input: SetPasswordResetProcessInput.parse({ enabled: true, senderUserId: sender.id }), by: admin, now }),
  ).toEqual({ ok: true, value: undefined });
});

afterAll(() => smtp.close());

describe("asking for a reset link", () => {
  it("sends, over SMTP from the process's sender, a link whose token is stored only as a hash and lasts 30 minutes", async () => {
    const customer = await createCustomer("claire@example.test");
    const workers = await startTestWorkers(url);

    expect(await request("claire@example.test")).toEqual({ ok: true, value: undefined });

    const rows = await db.passwordResetToken.findMany({ where: { userId: customer.id } });
    expect(rows).toHaveLength(1);
    const outbox = await db.outboxEmail.findFirstOrThrow({ where: { to: { has: "claire@example.test" } } });
    expect(outbox).toMatchObject({ template: "password-reset", notification: "PASSWORD_RESET", contactId: customer.contactId });
    const queuedToken = await tokenEmailedTo("claire@example.test");

    await expect.poll(() => smtp.messages.filter((message) => message.subject?.includes("password")).length, { timeout: 15_000 }).toBe(1);
    const message = smtp.messages.find((candidate) => candidate.subject?.includes("password"))!;
    expect(message.from?.text).toContain(SMTP.user);
    const link = /https:\/\/portal\.brightwater\.test\/portal\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(message.text ?? "");
    expect(link).not.toBeNull();
    const token = link![1]!;

    expect(token).toBe(queuedToken);

    // Hashed at rest: the token row holds SHA-256(token); the outbox row never held it in clear.
    expect(rows[0]!.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(await db.outboxEmail.findMany())).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - now.getTime()).toBe(30 * 60 * 1000);
    expect(rows[0]!.usedAt).toBeNull();
    await workers.stop();
  });

  it("answers an unknown address exactly like a known one, and writes no token and no email", async () => {
    await createCustomer("known@example.test");
    const [tokensBefore, outboxBefore] = await Promise.all([db.passwordResetToken.count(), db.outboxEmail.count()]);

    const unknown = await request("nobody@example.test");
    expect(await db.passwordResetToken.count()).toBe(tokensBefore);
    expect(await db.outboxEmail.count()).toBe(outboxBefore);

    const known = await request("known@example.test");
    expect(unknown).toEqual(known);
    expect(await db.passwordResetToken.count()).toBe(tokensBefore + 1);
  });

  it("sends nothing to staff or to a disabled customer, with the same answer", async () => {
    const disabled = await createCustomer("disabled@example.test");
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: now } });
    const outboxBefore = await db.outboxEmail.count();
    expect(await request("disabled@example.test")).toEqual({ ok: true, value: undefined });
    expect(await request("admin@brightwater.test")).toEqual({ ok: true, value: undefined });
    expect(await db.outboxEmail.count()).toBe(outboxBefore);
  });

  it("is refused while the process is off or its sender's mailbox cannot send, and nothing is written", async () => {
    await createCustomer("off@example.test");
    const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 } });

    await db.settings.update({ where: { id: 1 }, data: { passwordResetProcessEnabled: false } });
    expect(await request("off@example.test")).toEqual({ ok: false, code: "unavailable" });

    await db.settings.update({ where: { id: 1 }, data: { passwordResetProcessEnabled: true } });
    await db.mailbox.update({ where: { id: senderMailboxId }, data: { status: "DISABLED" } });
    expect(await request("off@example.test")).toEqual({ ok: false, code: "unavailable" });

    expect(await db.passwordResetToken.count({ where: { user: { email: "off@example.test" } } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: { has: "off@example.test" } } })).toBe(0);
    await db.mailbox.update({ where: { id: senderMailboxId }, data: { status: "ENABLED" } });
    await db.settings.update({ where: { id: 1 }, data: { passwordResetProcessEnabled: settings.passwordResetProcessEnabled } });
  });

  it("is switched off with the process when the sender's mailbox is disabled through the back office", async () => {
    await disableMailbox(db, { mailboxId: senderMailboxId, by: admin, now });
    expect(await request("claire@example.test")).toEqual({ ok: false, code: "unavailable" });
    // Back on for the other tests.
    await db.mailbox.update({ where: { id: senderMailboxId }, data: { status: "ENABLED" } });
    const sender = await db.user.findUniqueOrThrow({ where: { email: SMTP.user } });
    await setPasswordResetProcess(db, { input: SetPasswordResetProcessInput.parse({ enabled: true, senderUserId: sender.id }), by: admin, now });
  });

  it("limits requests per email address, known or not, and per client", async () => {
    const at = new Date("2026-03-04T10:00:00.000Z");
    await createCustomer("limited@example.test");
    for (const email of ["limited@example.test", "ghost@example.test"]) {
      for (let attempt = 0; attempt < PASSWORD_RESET_REQUESTS_PER_EMAIL.limit; attempt++) {
        expect(await request(email, { now: at })).toEqual({ ok: true, value: undefined });
      }
      const limited = await request(email, { now: at });
      expect(limited).toMatchObject({ ok: false, code: "too_many_requests" });
      if (limited.ok || limited.code !== "too_many_requests") throw new Error("not limited");
      expect(limited.retryAt.getTime()).toBeGreaterThan(at.getTime());
    }
    // Only the allowed requests queued an email.
    expect(await db.outboxEmail.count({ where: { to: { has: "limited@example.test" } } })).toBe(PASSWORD_RESET_REQUESTS_PER_EMAIL.limit);

    const clientAt = new Date("2026-03-05T10:00:00.000Z");
    for (let attempt = 0; attempt < PASSWORD_RESET_REQUESTS_PER_CLIENT.limit; attempt++) {
      await request(`someone-${attempt}@example.test`, { now: clientAt, clientKey: "203.0.113.9" });
    }
    expect(await request("limited@example.test", { now: clientAt, clientKey: "203.0.113.9" })).toMatchObject({ code: "too_many_requests" });
    expect(await request("limited@example.test", { now: clientAt, clientKey: "198.51.100.4" })).toEqual({ ok: true, value: undefined });
  });
});

describe("resetting the password with the link", () => {
  it("sets the new password, signs the person out everywhere, logs it, and the old password fails", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    const phone = await createSession(db, customer.id, now);
    const laptop = await createSession(db, customer.id, now);
    await request(customer.email);
    const token = await tokenEmailedTo(customer.email);

    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now })).toEqual({ ok: true, value: undefined });

    expect(await findSessionUser(db, phone, now)).toBeNull();
    expect(await findSessionUser(db, laptop, now)).toBeNull();
    expect(await db.session.count({ where: { userId: customer.id } })).toBe(0);
    const signIn = (password: string) =>
      signInWithPassword(db, { email: customer.email, password, audience: "customer", clientKey: null, now });
    expect(await signIn(OLD_PASSWORD)).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await signIn(NEW_PASSWORD)).toMatchObject({ ok: true });
    expect(await db.auditLog.findFirst({ where: { action: "user.password_reset", entityId: customer.id } })).toMatchObject({
      actorUserId: customer.id,
      entityType: "user",
      data: { sessionsEnded: 2 },
    });
  });

  it("works once: the second use is refused and changes nothing", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    await request(customer.email);
    const token = await tokenEmailedTo(customer.email);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now })).toMatchObject({ ok: true });
    const afterFirst = await db.user.findUniqueOrThrow({ where: { id: customer.id } });

    expect(await resetPassword(db, { token, password: "yet another passphrase", now })).toEqual({ ok: false, code: "invalid_token" });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).passwordHash).toBe(afterFirst.passwordHash);
    expect(await isPasswordResetTokenUsable(db, token, now)).toBe(false);
  });

  it("gives a link submitted twice at the same instant to exactly one of them", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    await request(customer.email);
    const token = await tokenEmailedTo(customer.email);
    const results = await Promise.all([
      resetPassword(db, { token, password: "first racing passphrase", now }),
      resetPassword(db, { token, password: "second racing passphrase", now }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, code: "invalid_token" });
  });

  it("expires 30 minutes after it was sent", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    await request(customer.email);
    const token = await tokenEmailedTo(customer.email);
    const justBefore = new Date(now.getTime() + 30 * 60 * 1000 - 1);
    const atExpiry = new Date(now.getTime() + 30 * 60 * 1000);

    expect(await isPasswordResetTokenUsable(db, token, justBefore)).toBe(true);
    expect(await isPasswordResetTokenUsable(db, token, atExpiry)).toBe(false);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: atExpiry })).toEqual({ ok: false, code: "invalid_token" });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id } })).passwordHash).toBe(customer.passwordHash);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now: justBefore })).toMatchObject({ ok: true });
  });

  it("refuses a weak password without using up the link", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    await request(customer.email);
    const token = await tokenEmailedTo(customer.email);

    expect(await resetPassword(db, { token, password: "password123", now })).toMatchObject({ ok: false, code: "weak_password", problem: "too_common" });
    expect(await resetPassword(db, { token, password: "short", now })).toMatchObject({ ok: false, code: "weak_password", problem: "too_short" });
    expect(await isPasswordResetTokenUsable(db, token, now)).toBe(true);
    expect(await resetPassword(db, { token, password: NEW_PASSWORD, now })).toMatchObject({ ok: true });
  });

  it("ends the other links still out for the person, and refuses a made-up token", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    await request(customer.email);
    const first = await tokenEmailedTo(customer.email);
    await request(customer.email, { now: new Date(now.getTime() + 1000) });
    const second = await tokenEmailedTo(customer.email);
    expect(second).not.toBe(first);

    expect(await resetPassword(db, { token: second, password: NEW_PASSWORD, now })).toMatchObject({ ok: true });
    expect(await isPasswordResetTokenUsable(db, first, now)).toBe(false);
    expect(await resetPassword(db, { token: "A".repeat(43), password: NEW_PASSWORD, now })).toEqual({ ok: false, code: "invalid_token" });
  });

  it("lifts the sign-in lock of the email: the person has just proved they own it", async () => {
    const customer = await createCustomer(`${randomUUID()}@example.test`);
    for (let attempt = 0; attempt < 5; attempt++) {
      await signInWithPassword(db, { email: customer.email, password: `guess ${attempt}`, audience: "customer", clientKey: null, now });
    }
    await request(customer.email);
    expect(await resetPassword(db, { token: await tokenEmailedTo(customer.email), password: NEW_PASSWORD, now })).toMatchObject({ ok: true });
    expect(await signInWithPassword(db, { email: customer.email, password: NEW_PASSWORD, audience: "customer", clientKey: null, now })).toMatchObject({
      ok: true,
    });
  });
});
