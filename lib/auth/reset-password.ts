/**
 * Sets a new password from an emailed reset link (product.md §1). The token is used once: the
 * guard is in the UPDATE, so of two tabs submitting the same link exactly one wins. The reset
 * signs the person out everywhere (a stolen session ends with it), ends every other link still
 * out for them, and lifts the sign-in lock on their email: they have just proved they own it.
 */
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeIdentityAuditLog } from "./audit";
import { checkPasswordPolicy, PASSWORD_PROBLEM_MESSAGES, type PasswordProblem } from "./password-policy";
import { hashPasswordResetToken } from "./password-reset-tokens";
import { hashPassword } from "./passwords";
import { clearRateLimit } from "./rate-limit";

export interface ResetPassword {
  token: string;
  password: string;
  now: Date;
}

export type ResetPasswordResult =
  | Ok<void>
  /** Unknown, expired or already used: the same answer for each. */
  | Fail<"invalid_token">
  | (Fail<"weak_password"> & { problem: PasswordProblem });

export async function resetPassword(db: Db, cmd: ResetPassword): Promise<ResetPasswordResult> {
  const tokenHash = hashPasswordResetToken(cmd.token);
  const pending = await db.passwordResetToken.findFirst({
    where: { tokenHash, usedAt: null, expiresAt: { gt: cmd.now }, user: { disabledAt: null } },
    select: { user: { select: { email: true } } },
  });
  if (!pending) return fail("invalid_token");
  // A refused password leaves the link usable, so the person can try another one.
  const problem = checkPasswordPolicy(cmd.password, { email: pending.user.email });
  if (problem) return { ...fail("weak_password", { password: PASSWORD_PROBLEM_MESSAGES[problem] }), problem };
  const passwordHash = await hashPassword(cmd.password);

  return db.$transaction(async (tx) => {
    const [used] = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash, usedAt: null, expiresAt: { gt: cmd.now } },
      data: { usedAt: cmd.now },
      select: { userId: true },
    });
    if (!used) return fail("invalid_token");
    const { count } = await tx.user.updateMany({ where: { id: used.userId, disabledAt: null }, data: { passwordHash } });
    if (count === 0) return fail("invalid_token");

    await tx.passwordResetToken.updateMany({ where: { userId: used.userId, usedAt: null }, data: { usedAt: cmd.now } });
    const { count: sessionsEnded } = await tx.session.deleteMany({ where: { userId: used.userId } });
    await clearRateLimit(tx, `sign-in:email:${pending.user.email}`);
    await writeIdentityAuditLog(tx, {
      actorUserId: used.userId,
      action: "user.password_reset",
      userId: used.userId,
      data: { sessionsEnded },
      now: cmd.now,
    });
    return ok();
  });
}
