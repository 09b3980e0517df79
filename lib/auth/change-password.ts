/**
 * A signed-in person changes their password: the current one first (throttled like sign-in),
 * then the policy. Every other session of theirs ends — this device stays signed in — and any
 * reset link still out for them stops working.
 */
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeIdentityAuditLog } from "./audit";
import { checkPasswordPolicy, PASSWORD_PROBLEM_MESSAGES, type PasswordProblem } from "./password-policy";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./passwords";
import { clearRateLimit, hitRateLimit, isRateLimited, type RateLimitRule } from "./rate-limit";

/** 5 wrong current passwords per account per 15 minutes, as for sign-in. */
export const CHANGE_PASSWORD_FAILURES_PER_USER: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };

export interface ChangePassword {
  userId: string;
  /** The session row of the device asking (lib/auth/authorize.ts currentSessionId); kept. */
  currentSessionId: string | null;
  currentPassword: string;
  newPassword: string;
  now: Date;
}

export type ChangePasswordResult =
  | Ok<{ otherSessionsEnded: number }>
  | Fail<"wrong_current_password">
  | (Fail<"weak_password"> & { problem: PasswordProblem })
  | (Fail<"too_many_attempts"> & { retryAt: Date });

export async function changePassword(db: Db, cmd: ChangePassword): Promise<ChangePasswordResult> {
  const limitKey = `change-password:user:${cmd.userId}`;
  const limit = await isRateLimited(db, limitKey, CHANGE_PASSWORD_FAILURES_PER_USER, cmd.now);
  if (limit.limited) return { ...fail("too_many_attempts"), retryAt: limit.retryAt };

  const user = await db.user.findFirst({
    where: { id: cmd.userId, disabledAt: null },
    select: { email: true, passwordHash: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), cmd.currentPassword);
  if (!user?.passwordHash || !matches) {
    await hitRateLimit(db, limitKey, CHANGE_PASSWORD_FAILURES_PER_USER, cmd.now);
    return fail("wrong_current_password", { currentPassword: "account.password.errors.wrongCurrent" });
  }
  const problem = checkPasswordPolicy(cmd.newPassword, { email: user.email });
  if (problem) return { ...fail("weak_password", { newPassword: PASSWORD_PROBLEM_MESSAGES[problem] }), problem };
  const passwordHash = await hashPassword(cmd.newPassword);

  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: cmd.userId }, data: { passwordHash } });
    const { count: otherSessionsEnded } = await tx.session.deleteMany({
      where: { userId: cmd.userId, ...(cmd.currentSessionId ? { NOT: { id: cmd.currentSessionId } } : {}) },
    });
    await tx.passwordResetToken.updateMany({ where: { userId: cmd.userId, usedAt: null }, data: { usedAt: cmd.now } });
    await clearRateLimit(tx, limitKey);
    await writeIdentityAuditLog(tx, {
      actorUserId: cmd.userId,
      action: "user.password_changed",
      userId: cmd.userId,
      data: { otherSessionsEnded },
      now: cmd.now,
    });
    return ok({ otherSessionsEnded });
  });
}
