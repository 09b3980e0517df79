// lib/identity invitations: codes (hash-only lookup, sealed copy), the email through the
// outbox, redemption (single use, N uses, expiry, revocation, one generic error, rate limits,
// races), and who may do what.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { findSessionUser } from "@/lib/auth/sessions";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import {
  checkInvitationCode,
  createInvitation,
  INVITATION_ATTEMPTS_PER_CLIENT,
  INVITATION_ATTEMPTS_PER_CODE,
  normalizeInvitationCode,
  redeemInvitation,
  revealInvitationCode,
  revokeInvitation,
} from "@/lib/identity";
import { hashInvitationCode } from "@/lib/identity/invitation-code";
import { setUpTestDatabase } from "../../support/database";
import { startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, startTestWorkers } from "../mail/mail-fixture";
import { createContactRow, createStaff, dumpDatabase, invitationRow, invite, PASSWORD, PORTAL_ORIGIN, setUpIdentity } from "./identity-fixture";

const { db, url } = await setUpTestDatabase();
const { dispatcher, technician } = await setUpIdentity(db);
const now = new Date("2026-03-02T09:00:00Z");
let clientCounter = 0;
/** A fresh client address per test, so the per-client limit only bites where a test wants it. */
const newClient = () => `198.51.100.${++clientCounter}`;

const redeem = (code: string, overrides: Partial<Parameters<typeof redeemInvitation>[1]> = {}) =>
  redeemInvitation(db, {
    code: normalizeInvitationCode(code) ?? code,
    name: "Claire Martin",
    phone: "+33 6 12 34 56 78",
    password: PASSWORD,
    locale: "fr",
    clientKey: newClient(),
    now,
    ...overrides,
  });

describe("creating an invitation", () => {
  it("stores only the code's hash and a sealed copy: a dump of the database reveals no code", async () => {
    const { invitationId, code, expiresAt, email } = await invite(db, dispatcher, now, { sendEmail: true });
    const normalized = normalizeInvitationCode(code)!;
    const row = await invitationRow(db, invitationId);

    expect(row).toMatchObject({
      codeHash: hashInvitationCode(normalized),
      kind: "MANUAL",
      createdById: dispatcher.userId,
      maxRedemptions: 1,
      redemptionCount: 0,
      revokedAt: null,
      expiresAt,
    });
    expect(expiresAt).toEqual(new Date(now.getTime() + 14 * 24 * 3600 * 1000));
    expect(row.codeSealed).toMatch(/^v1:/);
    expect(email).toBe("queued");

    const dump = await dumpDatabase(db);
    expect(dump).toContain(row.codeHash);
    expect(dump).not.toContain(code);
    expect(dump).not.toContain(normalized);
    expect(dump.toUpperCase()).not.toContain(normalized);
  });

  it("audits the creation with the staff member as actor", async () => {
    const { invitationId, contactId } = await invite(db, dispatcher, now);
    const audit = await db.auditLog.findMany({ where: { entityType: "invitation", entityId: invitationId } });
    expect(audit).toMatchObject([
      { action: "invitation.created", actorUserId: dispatcher.userId, data: { contactId, kind: "MANUAL", maxRedemptions: 1, email: "not_requested" } },
    ]);
  });

  it("refuses a contact without an email, and a contact that does not exist", async () => {
    const contact = await createContactRow(db, { email: null });
    const input = { contactId: contact.id, expiresInDays: 7, maxRedemptions: 1, sendEmail: true };
    expect(await createInvitation(db, { input, by: dispatcher, now, portalOrigin: PORTAL_ORIGIN })).toEqual({
      ok: false,
      code: "contact_has_no_email",
    });
    expect(
      await createInvitation(db, { input: { ...input, contactId: crypto.randomUUID() }, by: dispatcher, now, portalOrigin: PORTAL_ORIGIN }),
    ).toEqual({ ok: false, code: "not_found" });
    expect(await db.invitation.count({ where: { contactId: contact.id } })).toBe(0);
  });

  it("is refused to staff without the permission, and nothing is written", async () => {
    const contact = await createContactRow(db);
    const before = await db.auditLog.count();
    const result = await createInvitation(db, {
      input: { contactId: contact.id, expiresInDays: 7, maxRedemptions: 1, sendEmail: true },
      by: technician,
      now,
      portalOrigin: PORTAL_ORIGIN,
    });
    expect(result).toEqual({ ok: false, code: "forbidden" });
    expect(await db.invitation.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe("the invitation email", () => {
  it("arrives through the outbox over SMTP with the code and the portal link, and the code works", async () => {
    const smtp = await startTestSmtpServer();
    await createTestMailbox(db, smtp);
    const workers = await startTestWorkers(url);
    try {
      const contact = await createContactRow(db, { firstName: "Élodie", lastName: "Bernard" });
      const { code } = await invite(db, dispatcher, now, { contactId: contact.id, sendEmail: true, expiresInDays: 7 });
      await waitUntil(() => smtp.messages.some((message) => message.envelope.to.includes(contact.email!)), "the invitation arrives");
      const delivered = smtp.messages.find((message) => message.envelope.to.includes(contact.email!))!;

      expect(delivered.parsed.subject).toBe("Your invitation to the Brightwater Services customer portal");
      expect(delivered.parsed.text).toContain(code);
      expect(delivered.parsed.text).toContain("Élodie Bernard");
      expect(delivered.parsed.html).toContain(`${PORTAL_ORIGIN}/portal/sign-in?tab=invitation&amp;code=${code}`);
      expect(delivered.raw).not.toContain("__fieldbook_secret_");
      // The worker marks the row SENT once the SMTP server has answered: the message can be seen before that commits.
      await waitUntil(async () => (await db.outboxEmail.findFirstOrThrow({ where: { contactId: contact.id } })).status === "SENT", "the email is SENT");
      const outbox = await db.outboxEmail.findFirstOrThrow({ where: { contactId: contact.id } });
      expect(outbox).toMatchObject({ status: "SENT", template: "invitation", notification: "INVITATION", secretsSealed: null });
      expect(JSON.stringify(outbox)).not.toContain(code);

      // The code as a person copies it from the email.
      const pasted = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}/.exec(delivered.parsed.text ?? "")![0];
      expect(await checkInvitationCode(db, { code: normalizeInvitationCode(pasted)!, clientKey: newClient(), now })).toMatchObject({
        ok: true,
        value: { email: contact.email, name: "Élodie Bernard", hasProfile: false },
      });
    } finally {
      await workers.stop();
      await smtp.stop();
    }
  });

  it("is not sent when invitation emails are off, and staff are told", async () => {
    await db.notificationSetting.update({ where: { kind: "INVITATION" }, data: { enabled: false } });
    try {
      const { contactId, email } = await invite(db, dispatcher, now, { sendEmail: true });
      expect(email).toBe("notifications_off");
      expect(await db.outboxEmail.count({ where: { contactId } })).toBe(0);
    } finally {
      await db.notificationSetting.update({ where: { kind: "INVITATION" }, data: { enabled: true } });
    }
  });
});

describe("redeeming an invitation", () => {
  it("is found by the code whatever its case and dashes", async () => {
    const { code, contactId } = await invite(db, dispatcher, now);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: contactId } });
    const typed = code.toLowerCase().replaceAll("-", " ");
    expect(await checkInvitationCode(db, { code: normalizeInvitationCode(typed)!, clientKey: newClient(), now })).toEqual({
      ok: true,
      value: { email: contact.email, name: "Claire Martin", phone: null, hasProfile: false },
    });
  });

  it("creates the portal profile: argon2id password, the contact's email, Authenticated users, the redemption, an audit row and a session", async () => {
    const { code, contactId, invitationId } = await invite(db, dispatcher, now);
    const result = await redeem(code);
    expect(result).toMatchObject({ ok: true, value: { contactId } });
    if (!result.ok) return;

    const user = await db.user.findUniqueOrThrow({ where: { id: result.value.userId } });
    const contact = await db.contact.findUniqueOrThrow({ where: { id: contactId } });
    expect(user).toMatchObject({ email: contact.email, name: "Claire Martin", contactId, staffRole: null, locale: "fr" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(contact.phone).toBe("+33 6 12 34 56 78");

    const roles = await db.contactWebRole.findMany({ where: { contactId }, select: { webRole: { select: { key: true } } } });
    expect(roles.map((role) => role.webRole.key)).toEqual([BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers]);
    expect(await db.invitationRedemption.findMany({ where: { invitationId } })).toMatchObject([{ userId: user.id, redeemedAt: now }]);
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 1, codeSealed: null });
    expect(await db.auditLog.findFirst({ where: { entityId: invitationId, action: "invitation.redeemed" } })).toMatchObject({
      actorUserId: user.id,
      data: { contactId, newProfile: true },
    });
    expect(await findSessionUser(db, result.value.sessionToken, now)).toMatchObject({ id: user.id, contactId });
  });

  it("works once for a single-use invitation", async () => {
    const { code, invitationId } = await invite(db, dispatcher, now);
    expect(await redeem(code)).toMatchObject({ ok: true });
    expect(await redeem(code, { password: "another long password" })).toEqual({ ok: false, code: "invalid_code" });
    expect(await checkInvitationCode(db, { code: normalizeInvitationCode(code)!, clientKey: newClient(), now })).toEqual({
      ok: false,
      code: "invalid_code",
    });
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 1 });
    expect(await db.invitationRedemption.count({ where: { invitationId } })).toBe(1);
  });

  it("works N times for an N-use invitation, each time setting the profile's new password", async () => {
    const { code, invitationId, contactId } = await invite(db, dispatcher, now, { maxRedemptions: 3 });
    const passwords = ["first long password", "second long password", "third long password"];
    for (const password of passwords) expect(await redeem(code, { password })).toMatchObject({ ok: true });
    expect(await redeem(code, { password: "fourth long password" })).toEqual({ ok: false, code: "invalid_code" });

    const users = await db.user.findMany({ where: { contactId } });
    expect(users).toHaveLength(1);
    expect(await verifyPassword(users[0]!.passwordHash!, "third long password")).toBe(true);
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 3, codeSealed: null });
    expect(await db.invitationRedemption.count({ where: { invitationId } })).toBe(3);
  });

  it("stops at the expiry instant", async () => {
    const { code, invitationId, expiresAt } = await invite(db, dispatcher, now, { expiresInDays: 1 });
    const justBefore = new Date(expiresAt.getTime() - 1);
    expect(await checkInvitationCode(db, { code: normalizeInvitationCode(code)!, clientKey: newClient(), now: justBefore })).toMatchObject({ ok: true });
    expect(await redeem(code, { now: expiresAt })).toEqual({ ok: false, code: "invalid_code" });
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 0 });
    expect(await redeem(code, { now: justBefore })).toMatchObject({ ok: true });
  });

  it("stops once revoked; revoking audits and erases the sealed code", async () => {
    const { code, invitationId, contactId } = await invite(db, dispatcher, now);
    expect(await revokeInvitation(db, { contactId, invitationId, by: dispatcher, now })).toEqual({ ok: true, value: undefined });
    expect(await invitationRow(db, invitationId)).toMatchObject({ revokedAt: now, codeSealed: null });
    expect(await redeem(code)).toEqual({ ok: false, code: "invalid_code" });
    expect(await db.user.count({ where: { contactId } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: invitationId, action: "invitation.revoked", actorUserId: dispatcher.userId } })).toBe(1);
    expect(await revokeInvitation(db, { contactId, invitationId, by: dispatcher, now })).toEqual({ ok: false, code: "not_revocable" });
  });

  it("answers unknown, malformed-looking, expired, revoked and used codes with one and the same refusal", async () => {
    const used = await invite(db, dispatcher, now);
    await redeem(used.code);
    const expired = await invite(db, dispatcher, now, { expiresInDays: 1 });
    const revoked = await invite(db, dispatcher, now);
    await revokeInvitation(db, { contactId: revoked.contactId, invitationId: revoked.invitationId, by: dispatcher, now });
    const later = new Date(now.getTime() + 2 * 24 * 3600 * 1000);
    const unknown = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ";

    const answers = [];
    for (const code of [unknown, used.code, expired.code, revoked.code]) {
      answers.push(await checkInvitationCode(db, { code: normalizeInvitationCode(code)!, clientKey: newClient(), now: later }));
      answers.push(await redeem(code, { now: later }));
    }
    for (const answer of answers) expect(answer).toEqual({ ok: false, code: "invalid_code" });
  });

  it("gives a single-use code to exactly one of several people redeeming it at once", async () => {
    const { code, invitationId, contactId } = await invite(db, dispatcher, now);
    const results = await Promise.all(
      ["race password one", "race password two", "race password three", "race password four", "race password five"].map((password) =>
        redeem(code, { password }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    for (const result of results.filter((entry) => !entry.ok)) expect(result).toEqual({ ok: false, code: "invalid_code" });
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 1 });
    expect(await db.invitationRedemption.count({ where: { invitationId } })).toBe(1);
    expect(await db.user.count({ where: { contactId } })).toBe(1);
    expect(await db.session.count({ where: { user: { contactId } } })).toBe(1);
  });

  it("refuses a password that contains the contact's email, and counts nothing", async () => {
    const { code, invitationId, contactId } = await invite(db, dispatcher, now);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: contactId } });
    const result = await redeem(code, { password: `${contact.email}-secret` });
    expect(result).toEqual({ ok: false, code: "password_rejected", fieldErrors: { password: "auth.passwordPolicy.containsEmail" } });
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 0 });
    expect(await db.user.count({ where: { contactId } })).toBe(0);
  });

  it("refuses, and rolls back, when another account already signs in with the contact's email", async () => {
    const contact = await createContactRow(db);
    await db.user.create({ data: { email: contact.email!, staffRole: "DISPATCHER" } });
    const { code, invitationId } = await invite(db, dispatcher, now, { contactId: contact.id });
    expect(await redeem(code)).toEqual({ ok: false, code: "email_in_use" });
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 0 });
    expect(await db.invitationRedemption.count({ where: { invitationId } })).toBe(0);
  });

  it("binds a code to its own contact: redeeming another contact's code leaves a signed-in customer's account as it was", async () => {
    const alice = await invite(db, dispatcher, now);
    const aliceRedeemed = await redeem(alice.code, { password: "alice long password" });
    if (!aliceRedeemed.ok) throw new Error("Alice could not redeem");
    const aliceBefore = await db.user.findUniqueOrThrow({ where: { id: aliceRedeemed.value.userId } });

    // Alice got hold of Bob's code: it can only ever make Bob's profile, with Bob's email.
    const bob = await invite(db, dispatcher, now);
    const bobRedeemed = await redeem(bob.code, { password: "alice tries bob code" });
    expect(bobRedeemed).toMatchObject({ ok: true, value: { contactId: bob.contactId } });
    if (!bobRedeemed.ok) return;
    expect(bobRedeemed.value.userId).not.toBe(aliceBefore.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: aliceBefore.id } })).toEqual(aliceBefore);
    expect(await db.contactWebRole.count({ where: { contactId: alice.contactId } })).toBe(1);
    expect(await db.invitationRedemption.count({ where: { invitationId: bob.invitationId, userId: aliceBefore.id } })).toBe(0);
  });
});

describe("redemption rate limits", () => {
  it("stop a client after too many attempts, even with a good code, until the window ends", async () => {
    const client = newClient();
    const at = new Date("2026-03-05T10:00:00Z");
    for (let attempt = 0; attempt < INVITATION_ATTEMPTS_PER_CLIENT.limit; attempt++) {
      const guess = `${String(attempt).padStart(4, "0")}-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF`;
      expect(await checkInvitationCode(db, { code: normalizeInvitationCode(guess)!, clientKey: client, now: at })).toEqual({
        ok: false,
        code: "invalid_code",
      });
    }
    const { code, invitationId } = await invite(db, dispatcher, at);
    const limited = await redeem(code, { clientKey: client, now: at });
    expect(limited).toMatchObject({ ok: false, code: "too_many_attempts" });
    if (limited.ok || limited.code !== "too_many_attempts") return;
    expect(limited.retryAt.getTime()).toBeGreaterThan(at.getTime());
    expect(await invitationRow(db, invitationId)).toMatchObject({ redemptionCount: 0 });

    // Another client is not affected; this one may try again when the window ends.
    expect(await checkInvitationCode(db, { code: normalizeInvitationCode(code)!, clientKey: newClient(), now: at })).toMatchObject({ ok: true });
    expect(await redeem(code, { clientKey: client, now: limited.retryAt })).toMatchObject({ ok: true });
  });

  it("stop attempts on one code from many clients", async () => {
    const at = new Date("2026-03-06T10:00:00Z");
    const { code } = await invite(db, dispatcher, at);
    const normalized = normalizeInvitationCode(code)!;
    for (let attempt = 0; attempt < INVITATION_ATTEMPTS_PER_CODE.limit; attempt++) {
      expect(await checkInvitationCode(db, { code: normalized, clientKey: newClient(), now: at })).toMatchObject({ ok: true });
    }
    expect(await checkInvitationCode(db, { code: normalized, clientKey: newClient(), now: at })).toMatchObject({
      ok: false,
      code: "too_many_attempts",
    });
    expect(await redeem(code, { now: at })).toMatchObject({ ok: false, code: "too_many_attempts" });
  });
});

describe("Advanced: the code of a pending invitation", () => {
  it("is shown to staff with the portal link, and each look is audited", async () => {
    const { code, invitationId, contactId } = await invite(db, dispatcher, now);
    const result = await revealInvitationCode(db, { contactId, invitationId, by: dispatcher, now, portalOrigin: PORTAL_ORIGIN });
    expect(result).toEqual({ ok: true, value: { code, link: `${PORTAL_ORIGIN}/portal/sign-in?tab=invitation&code=${code}` } });
    expect(await db.auditLog.count({ where: { entityId: invitationId, action: "invitation.code_viewed", actorUserId: dispatcher.userId } })).toBe(1);
  });

  it("is not shown once used, nor for another contact's invitation, nor to staff without the permission", async () => {
    const { code, invitationId, contactId } = await invite(db, dispatcher, now);
    const other = await createContactRow(db);
    expect(await revealInvitationCode(db, { contactId: other.id, invitationId, by: dispatcher, now, portalOrigin: PORTAL_ORIGIN })).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await revealInvitationCode(db, { contactId, invitationId, by: technician, now, portalOrigin: PORTAL_ORIGIN })).toEqual({
      ok: false,
      code: "forbidden",
    });
    await redeem(code);
    expect(await revealInvitationCode(db, { contactId, invitationId, by: dispatcher, now, portalOrigin: PORTAL_ORIGIN })).toEqual({
      ok: false,
      code: "not_pending",
    });
  });
});

describe("revoking", () => {
  it("does not reach another contact's invitation: not found, row unchanged", async () => {
    const { invitationId } = await invite(db, dispatcher, now);
    const other = await createContactRow(db);
    const before = await invitationRow(db, invitationId);
    expect(await revokeInvitation(db, { contactId: other.id, invitationId, by: dispatcher, now })).toEqual({ ok: false, code: "not_found" });
    expect(await invitationRow(db, invitationId)).toEqual(before);
  });

  it("is refused to staff without the permission, row unchanged", async () => {
    const { invitationId, contactId } = await invite(db, dispatcher, now);
    const before = await invitationRow(db, invitationId);
    const otherTechnician = await createStaff(db, "TECHNICIAN");
    expect(await revokeInvitation(db, { contactId, invitationId, by: otherTechnician, now })).toEqual({ ok: false, code: "forbidden" });
    expect(await invitationRow(db, invitationId)).toEqual(before);
  });
});
