// lib/auth: password sign-in (throttled, one answer for every failure) and revocable sessions.
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import { findSessionUser, revokeUserSessions } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { SIGN_IN_FAILURES_PER_CLIENT, SIGN_IN_FAILURES_PER_EMAIL } from "@/lib/auth/verify-credentials";
import { BUILT_IN_WEB_ROLE_KEYS, ensureReferenceData } from "@/lib/db/reference-data";
import { setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();
const now = new Date("2026-03-02T09:00:00Z");
const PASSWORD = "correct horse battery";

let customerContactId: string;

beforeAll(async () => {
  await ensureReferenceData(db);
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.create({ data: { email: "dispatcher@example.test", passwordHash, staffRole: "DISPATCHER" } });
  await db.user.create({ data: { email: "disabled@example.test", passwordHash, staffRole: "ADMIN", disabledAt: now } });
  const account = await db.customerAccount.create({ data: { name: "Martin household" } });
  const contact = await db.contact.create({
    data: { firstName: "Alice", lastName: "Martin", email: "alice@example.test", customerAccountId: account.id },
  });
  customerContactId = contact.id;
  await db.user.create({ data: { email: "alice@example.test", passwordHash, contactId: contact.id } });
  const portalRole = await db.webRole.findUniqueOrThrow({ where: { key: BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers } });
  await db.contactWebRole.create({ data: { contactId: contact.id, webRoleId: portalRole.id } });
});

const attempt = (email: string, password: string, audience: "staff" | "customer", at = now, clientKey: string | null = null) =>
  signInWithPassword(db, { email, password, audience, clientKey, now: at });

describe("password sign-in", () => {
  it("opens a database session whose token is stored only as a hash", async () => {
    const result = await attempt("dispatcher@example.test", PASSWORD, "staff");
    expect(result).toMatchObject({ ok: true, value: { staffRole: "DISPATCHER" } });
    if (!result.ok) return;

    const rows = await db.session.findMany({ where: { user: { email: "dispatcher@example.test" } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sessionToken).not.toBe(result.value.sessionToken);
    expect(await findSessionUser(db, result.value.sessionToken, now)).toMatchObject({ email: "dispatcher@example.test" });
  });

  it("answers invalid_credentials alike for a wrong password, an unknown email, the wrong surface and a disabled user", async () => {
    const sessionsBefore = await db.session.count();
    expect(await attempt("dispatcher@example.test", "wrong password!", "staff")).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await attempt("nobody@example.test", PASSWORD, "staff")).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await attempt("alice@example.test", PASSWORD, "staff")).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await attempt("dispatcher@example.test", PASSWORD, "customer")).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await attempt("disabled@example.test", PASSWORD, "staff")).toEqual({ ok: false, code: "invalid_credentials" });
    expect(await db.session.count()).toBe(sessionsBefore);
  });

  it("lets a customer with the Authenticated users web role into the portal, and not once it is removed", async () => {
    expect(await attempt("alice@example.test", PASSWORD, "customer")).toMatchObject({ ok: true });

    await db.contactWebRole.deleteMany({ where: { contactId: customerContactId } });
    expect(await attempt("alice@example.test", PASSWORD, "customer")).toEqual({ ok: false, code: "no_portal_access" });
  });

  it("locks an email after repeated failures, even for the right password, until the window ends", async () => {
    const email = "dispatcher@example.test";
    const at = new Date("2026-03-03T10:00:00Z");
    for (let failure = 0; failure < SIGN_IN_FAILURES_PER_EMAIL.limit; failure++) {
      expect(await attempt(email, "guess " + failure, "staff", at)).toMatchObject({ code: "invalid_credentials" });
    }
    const locked = await attempt(email, PASSWORD, "staff", at);
    expect(locked).toMatchObject({ ok: false, code: "too_many_attempts" });
    if (locked.ok || locked.code !== "too_many_attempts") return;
    expect(locked.retryAt.getTime()).toBeGreaterThan(at.getTime());

    expect(await attempt(email, PASSWORD, "staff", locked.retryAt)).toMatchObject({ ok: true });
  });

  it("locks a client address that tries many emails", async () => {
    const at = new Date("2026-03-04T10:00:00Z");
    for (let failure = 0; failure < SIGN_IN_FAILURES_PER_CLIENT.limit; failure++) {
      await attempt(`stranger${failure}@example.test`, "whatever", "staff", at, "203.0.113.7");
    }
    expect(await attempt("dispatcher@example.test", PASSWORD, "staff", at, "203.0.113.7")).toMatchObject({ code: "too_many_attempts" });
    expect(await attempt("dispatcher@example.test", PASSWORD, "staff", at, "198.51.100.1")).toMatchObject({ ok: true });
  });
});

describe("sessions", () => {
  it("are revoked everywhere at once, or everywhere but the current device", async () => {
    const first = await attempt("dispatcher@example.test", PASSWORD, "staff", new Date("2026-03-05T08:00:00Z"));
    const second = await attempt("dispatcher@example.test", PASSWORD, "staff", new Date("2026-03-05T08:00:00Z"));
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    const user = await db.user.findUniqueOrThrow({ where: { email: "dispatcher@example.test" } });

    await revokeUserSessions(db, user.id, first.value.sessionToken);
    expect(await findSessionUser(db, first.value.sessionToken, now)).not.toBeNull();
    expect(await findSessionUser(db, second.value.sessionToken, now)).toBeNull();

    await revokeUserSessions(db, user.id);
    expect(await findSessionUser(db, first.value.sessionToken, now)).toBeNull();
  });

  it("end when they expire or the user is disabled", async () => {
    const signedIn = await attempt("dispatcher@example.test", PASSWORD, "staff", now);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const in31Days = new Date(now.getTime() + 31 * 24 * 60 * 60 * 1000);
    expect(await findSessionUser(db, signedIn.value.sessionToken, in31Days)).toBeNull();

    await db.user.update({ where: { email: "dispatcher@example.test" }, data: { disabledAt: now } });
    expect(await findSessionUser(db, signedIn.value.sessionToken, now)).toBeNull();
  });
});
