/**
 * External authentication (issue 5 §6): a provider account is linked only from a signed-in
 * profile (the link intent), never by matching an email; one already linked to someone is
 * never attached to anyone else; signing in with it opens a revocable database session;
 * unlinking touches only one's own links and never the last way to sign in.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { completeExternalSignIn } from "@/lib/auth/complete-external-sign-in";
import { linkExternalAccount } from "@/lib/auth/link-external-account";
import { sealLinkIntent, type LinkIntent } from "@/lib/auth/link-intent";
import { hashPassword } from "@/lib/auth/passwords";
import { createSession, findSessionUser, revokeUserSessions } from "@/lib/auth/sessions";
import { signInWithExternalAccount } from "@/lib/auth/sign-in-with-external-account";
import { unlinkExternalAccount } from "@/lib/auth/unlink-external-account";
import { BUILT_IN_WEB_ROLE_KEYS, ensureReferenceData } from "@/lib/db/reference-data";
import { setUpTestDatabase } from "../../support/database";

process.env.AUTH_SECRET ??= "integration-tests-auth-secret-0123456789abcdef";

const { db } = await setUpTestDatabase();
const now = new Date("2026-03-03T08:00:00.000Z");
const PROVIDER = "generic";

beforeAll(() => ensureReferenceData(db));

/** A portal customer signed in on one device: their user and that session's row id. */
async function signedInCustomer(options: { password?: boolean; portalAccess?: boolean } = {}) {
  const email = `${randomUUID()}@example.test`;
  const contact = await db.contact.create({ data: { firstName: "Alice", lastName: "Martin", email } });
  const user = await db.user.create({
    data: { email, name: "Alice Martin", contactId: contact.id, passwordHash: options.password === false ? null : await hashPassword("a long passphrase") },
  });
  if (options.portalAccess !== false) {
    const portal = await db.webRole.findUniqueOrThrow({ where: { key: BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers } });
    await db.contactWebRole.create({ data: { contactId: contact.id, webRoleId: portal.id } });
  }
  const token = await createSession(db, user.id, now);
  const session = await findSessionUser(db, token, now);
  return { user, sessionId: session!.sessionId, sessionToken: token };
}

function intentFor(customer: { user: { id: string }; sessionId: string }, provider = PROVIDER): LinkIntent {
  return { userId: customer.user.id, sessionId: customer.sessionId, provider, expiresAt: new Date(now.getTime() + 10 * 60 * 1000) };
}

const link = (customer: Awaited<ReturnType<typeof signedInCustomer>>, subject: string, provider = PROVIDER) =>
  linkExternalAccount(db, { intent: intentFor(customer, provider), provider, providerAccountId: subject, now });

describe("linking a provider account", () => {
  it("attaches it to the customer who pressed Link, logs it, and keeps no provider tokens", async () => {
    const alice = await signedInCustomer();
    expect(await link(alice, "sub-alice")).toEqual({ ok: true, value: undefined });

    const accounts = await db.account.findMany({ where: { userId: alice.user.id } });
    expect(accounts).toMatchObject([{ provider: PROVIDER, providerAccountId: "sub-alice", type: "oidc", access_token: null, id_token: null }]);
    expect(await db.auditLog.findFirst({ where: { action: "user.external_account_linked", entityId: alice.user.id } })).toMatchObject({
      actorUserId: alice.user.id,
      data: { provider: PROVIDER },
    });
    // Linking again is harmless.
    expect(await link(alice, "sub-alice")).toEqual({ ok: true, value: undefined });
    expect(await db.account.count({ where: { userId: alice.user.id } })).toBe(1);
  });

  it("never attaches a provider account already linked to someone else", async () => {
    const alice = await signedInCustomer();
    const mallory = await signedInCustomer();
    await link(alice, "sub-shared");

    expect(await link(mallory, "sub-shared")).toEqual({ ok: false, code: "linked_to_another_user" });
    expect(await db.account.findMany({ where: { providerAccountId: "sub-shared" }, select: { userId: true } })).toEqual([{ userId: alice.user.id }]);
    expect(await db.account.count({ where: { userId: mallory.user.id } })).toBe(0);
  });

  it("gives one provider account raced by two customers to exactly one", async () => {
    const [first, second] = await Promise.all([signedInCustomer(), signedInCustomer()]);
    const results = await Promise.all([link(first, "sub-raced"), link(second, "sub-raced")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, code: "linked_to_another_user" });
    expect(await db.account.count({ where: { providerAccountId: "sub-raced" } })).toBe(1);
  });

  it("links one account per provider and customer", async () => {
    const alice = await signedInCustomer();
    await link(alice, "sub-first");
    expect(await link(alice, "sub-second")).toEqual({ ok: false, code: "provider_already_linked" });
    expect(await link(alice, "sub-google", "google")).toEqual({ ok: true, value: undefined });
  });

  it("is refused once the session that pressed Link has ended, or for another provider than the one named", async () => {
    const alice = await signedInCustomer();
    await revokeUserSessions(db, alice.user.id);
    expect(await link(alice, "sub-late")).toEqual({ ok: false, code: "session_ended" });

    const bob = await signedInCustomer();
    expect(
      await linkExternalAccount(db, { intent: intentFor(bob, "google"), provider: PROVIDER, providerAccountId: "sub-bob", now }),
    ).toEqual({ ok: false, code: "provider_mismatch" });
    expect(await db.account.count({ where: { providerAccountId: { in: ["sub-late", "sub-bob"] } } })).toBe(0);
  });
});

describe("the provider's callback", () => {
  it("never matches by email: a provider account nobody linked signs no one in, even with a customer's address", async () => {
    const alice = await signedInCustomer();
    const sessionsBefore = await db.session.count();
    // The provider vouches for a subject; its email claim is not even an input.
    const outcome = await completeExternalSignIn(db, { provider: PROVIDER, providerAccountId: `unlinked-${alice.user.email}`, linkIntentCookie: undefined, now });

    expect(outcome).toEqual({ redirectTo: `/portal/sign-in?external=not_linked&provider=${PROVIDER}` });
    expect(await db.session.count()).toBe(sessionsBefore);
    expect(await db.account.count({ where: { userId: alice.user.id } })).toBe(0);
  });

  it("links with a genuine intent cookie and sends the customer back to their profile", async () => {
    const alice = await signedInCustomer();
    const cookie = sealLinkIntent(intentFor(alice));
    expect(await completeExternalSignIn(db, { provider: PROVIDER, providerAccountId: "sub-cookie", linkIntentCookie: cookie, now })).toEqual({
      redirectTo: `/portal/profile?external=linked&provider=${PROVIDER}`,
    });
    expect(await db.account.count({ where: { userId: alice.user.id, providerAccountId: "sub-cookie" } })).toBe(1);
  });

  it("refuses a forged, tampered or expired intent, and links nothing", async () => {
    const alice = await signedInCustomer();
    const mallory = await signedInCustomer();
    const genuine = sealLinkIntent(intentFor(mallory));
    const [payload, signature] = genuine.split(".");
    const retargeted = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), u: alice.user.id })).toString("base64url");
    const cookies = [
      `${retargeted}.${signature}`,
      sealLinkIntent(intentFor(alice), "some other secret entirely, not the app's"),
      sealLinkIntent({ ...intentFor(alice), expiresAt: now }),
      "not-a-cookie",
    ];
    for (const linkIntentCookie of cookies) {
      expect(await completeExternalSignIn(db, { provider: PROVIDER, providerAccountId: "sub-forged", linkIntentCookie, now })).toEqual({
        redirectTo: `/portal/profile?external=link_expired&provider=${PROVIDER}`,
      });
    }
    expect(await db.account.count({ where: { providerAccountId: "sub-forged" } })).toBe(0);
  });

  it("signs the linked customer in with a new database session that revoking ends", async () => {
    const alice = await signedInCustomer();
    await link(alice, "sub-sign-in");

    const outcome = await completeExternalSignIn(db, { provider: PROVIDER, providerAccountId: "sub-sign-in", linkIntentCookie: undefined, now });
    if (!("sessionToken" in outcome)) throw new Error(`not signed in: ${outcome.redirectTo}`);
    expect(await findSessionUser(db, outcome.sessionToken, now)).toMatchObject({ id: alice.user.id });
    // The same sub at another provider is another account.
    expect(await signInWithExternalAccount(db, { provider: "google", providerAccountId: "sub-sign-in", now })).toEqual({ ok: false, code: "not_linked" });

    await revokeUserSessions(db, alice.user.id);
    expect(await findSessionUser(db, outcome.sessionToken, now)).toBeNull();
  });

  it("refuses a disabled customer, or one whose web roles no longer include the portal", async () => {
    const disabled = await signedInCustomer();
    await link(disabled, "sub-disabled");
    await db.user.update({ where: { id: disabled.user.id }, data: { disabledAt: now } });
    expect(await signInWithExternalAccount(db, { provider: PROVIDER, providerAccountId: "sub-disabled", now })).toEqual({ ok: false, code: "not_linked" });

    const noPortal = await signedInCustomer();
    await link(noPortal, "sub-no-portal");
    await db.contactWebRole.deleteMany({ where: { contactId: noPortal.user.contactId! } });
    expect(await signInWithExternalAccount(db, { provider: PROVIDER, providerAccountId: "sub-no-portal", now })).toEqual({
      ok: false,
      code: "no_portal_access",
    });
  });
});

describe("unlinking", () => {
  it("removes one's own link and logs it", async () => {
    const alice = await signedInCustomer();
    await link(alice, "sub-unlink");
    expect(await unlinkExternalAccount(db, { userId: alice.user.id, provider: PROVIDER, now })).toEqual({ ok: true, value: undefined });
    expect(await db.account.count({ where: { userId: alice.user.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "user.external_account_unlinked", entityId: alice.user.id } })).toMatchObject({
      data: { provider: PROVIDER },
    });
  });

  it("touches only the caller's own links", async () => {
    const alice = await signedInCustomer();
    const bob = await signedInCustomer();
    await link(alice, "sub-alice-only");
    expect(await unlinkExternalAccount(db, { userId: bob.user.id, provider: PROVIDER, now })).toEqual({ ok: false, code: "not_found" });
    expect(await db.account.count({ where: { userId: alice.user.id } })).toBe(1);
  });

  it("never removes the last way to sign in of someone without a password", async () => {
    const noPassword = await signedInCustomer({ password: false });
    await link(noPassword, "sub-only-way");
    await link(noPassword, "sub-google-way", "google");

    expect(await unlinkExternalAccount(db, { userId: noPassword.user.id, provider: "google", now })).toMatchObject({ ok: true });
    expect(await unlinkExternalAccount(db, { userId: noPassword.user.id, provider: PROVIDER, now })).toEqual({
      ok: false,
      code: "last_sign_in_method",
    });
    expect(await db.account.count({ where: { userId: noPassword.user.id } })).toBe(1);
  });
});
