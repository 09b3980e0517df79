/**
 * Change password and "Sign out everywhere" (issue 5 §5): the current password first
 * (throttled), the policy, every other session ended and this one kept; signing out
 * everywhere ends them all. Both are audit-logged.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CHANGE_PASSWORD_FAILURES_PER_USER, changePassword } from "@/lib/auth/change-password";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { createSession, findSessionUser } from "@/lib/auth/sessions";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();
const now = new Date("2026-03-03T08:00:00.000Z");
const CURRENT = "the current passphrase";
const NEXT = "the next passphrase";

async function userWithSessions(count: number) {
  const user = await db.user.create({ data: { email: `${randomUUID()}@brightwater.test`, staffRole: "DISPATCHER", passwordHash: await hashPassword(CURRENT) } });
  const tokens: string[] = [];
  for (let index = 0; index < count; index++) tokens.push(await createSession(db, user.id, now));
  const here = await findSessionUser(db, tokens[0]!, now);
  return { user, tokens, currentSessionId: here!.sessionId };
}

describe("changing one's password", () => {
  it("keeps this device signed in, ends the others, and logs it", async () => {
    const { user, tokens, currentSessionId } = await userWithSessions(3);
    const result = await changePassword(db, { userId: user.id, currentSessionId, currentPassword: CURRENT, newPassword: NEXT, now });

    expect(result).toEqual({ ok: true, value: { otherSessionsEnded: 2 } });
    expect(await findSessionUser(db, tokens[0]!, now)).not.toBeNull();
    expect(await findSessionUser(db, tokens[1]!, now)).toBeNull();
    expect(await findSessionUser(db, tokens[2]!, now)).toBeNull();
    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(saved.passwordHash!, NEXT)).toBe(true);
    expect(await db.auditLog.findFirst({ where: { action: "user.password_changed", entityId: user.id } })).toMatchObject({
      actorUserId: user.id,
      data: { otherSessionsEnded: 2 },
    });
  });

  it("refuses a wrong current password or a weak new one, and changes nothing", async () => {
    const { user, tokens, currentSessionId } = await userWithSessions(2);
    expect(await changePassword(db, { userId: user.id, currentSessionId, currentPassword: "not it at all", newPassword: NEXT, now })).toMatchObject({
      ok: false,
      code: "wrong_current_password",
    });
    expect(await changePassword(db, { userId: user.id, currentSessionId, currentPassword: CURRENT, newPassword: "qwertyuiop", now })).toMatchObject({
      ok: false,
      code: "weak_password",
      problem: "too_common",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
    expect(await findSessionUser(db, tokens[1]!, now)).not.toBeNull();
  });

  it("locks after repeated wrong current passwords, even the right one, until the window ends", async () => {
    const { user, currentSessionId } = await userWithSessions(1);
    const at = new Date("2026-03-04T10:00:00.000Z");
    for (let attempt = 0; attempt < CHANGE_PASSWORD_FAILURES_PER_USER.limit; attempt++) {
      await changePassword(db, { userId: user.id, currentSessionId, currentPassword: `guess ${attempt}`, newPassword: NEXT, now: at });
    }
    const locked = await changePassword(db, { userId: user.id, currentSessionId, currentPassword: CURRENT, newPassword: NEXT, now: at });
    expect(locked).toMatchObject({ ok: false, code: "too_many_attempts" });
    if (locked.ok || locked.code !== "too_many_attempts") throw new Error("not locked");
    expect(await changePassword(db, { userId: user.id, currentSessionId, currentPassword: CURRENT, newPassword: NEXT, now: locked.retryAt })).toMatchObject({
      ok: true,
    });
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the person, this one too, and only theirs", async () => {
    const { user, tokens } = await userWithSessions(3);
    const someoneElse = await userWithSessions(1);

    expect(await signOutEverywhere(db, { userId: user.id, now })).toEqual({ ok: true, value: { sessionsEnded: 3 } });
    for (const token of tokens) expect(await findSessionUser(db, token, now)).toBeNull();
    expect(await findSessionUser(db, someoneElse.tokens[0]!, now)).not.toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "user.signed_out_everywhere", entityId: user.id } })).toMatchObject({
      data: { sessionsEnded: 3 },
    });
  });
});
