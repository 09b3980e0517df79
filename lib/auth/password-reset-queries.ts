import { type Db } from "@/lib/db";
import { hashPasswordResetToken } from "./password-reset-tokens";

/**
 * Whether a reset link can still be used, so the page shows the form or says to ask for a new
 * link. Says nothing about whose link it is.
 */
export async function isPasswordResetTokenUsable(db: Db, token: string, now: Date): Promise<boolean> {
  const found = await db.passwordResetToken.count({
    where: { tokenHash: hashPasswordResetToken(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
  });
  return found > 0;
}
