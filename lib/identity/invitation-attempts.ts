import { hitRateLimit, type RateLimitRule } from "@/lib/auth";
import { type Db } from "@/lib/db";

/**
 * Redemption attempts (checking a code, creating the profile) are counted per client address
 * and per code, successes included: a person accepting an invitation needs two or three, a
 * script trying codes is stopped. Codes carry 140 random bits, so the limits protect the
 * service more than the codes. The per-client allowance leaves room for several people
 * behind one address (an office, a household) accepting their invitations the same morning.
 */
export const INVITATION_ATTEMPTS_PER_CLIENT: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };
export const INVITATION_ATTEMPTS_PER_CODE: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };

/** Counts one attempt; returns when the caller may try again if it is over a limit, else null. */
export async function countInvitationAttempt(
  db: Db,
  attempt: { clientKey: string | null; codeHash: string; now: Date },
): Promise<Date | null> {
  const states = [await hitRateLimit(db, `invitation:code:${attempt.codeHash}`, INVITATION_ATTEMPTS_PER_CODE, attempt.now)];
  if (attempt.clientKey) {
    states.push(await hitRateLimit(db, `invitation:client:${attempt.clientKey}`, INVITATION_ATTEMPTS_PER_CLIENT, attempt.now));
  }
  const limited = states.filter((state) => state.limited);
  return limited.length > 0 ? new Date(Math.max(...limited.map((state) => state.retryAt.getTime()))) : null;
}
