/**
 * Fixed-window counters in PostgreSQL (table rate_limit_windows), shared by every server
 * process: sign-in failures, invitation redemptions, password-reset requests.
 */
import { type Db, type Tx } from "@/lib/db";

export interface RateLimitRule {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  limited: boolean;
  /** When the current window ends (the earliest moment to try again when limited). */
  retryAt: Date;
}

function windowStart(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one attempt for `key` and says whether it exceeds the rule. Atomic under concurrency. */
export async function hitRateLimit(db: Db | Tx, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitState> {
  const startedAt = windowStart(now, rule.windowSeconds);
  const rows = await db.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit_windows (key, window_started_at, hits) VALUES (${key}, ${startedAt}, 1)
    ON CONFLICT (key, window_started_at) DO UPDATE SET hits = rate_limit_windows.hits + 1
    RETURNING hits`;
  const hits = rows[0]?.hits ?? 1;
  return { limited: hits > rule.limit, retryAt: new Date(startedAt.getTime() + rule.windowSeconds * 1000) };
}

/** Whether `key` is over the rule in the current window, without counting an attempt. */
export async function isRateLimited(db: Db | Tx, key: string, rule: RateLimitRule, now: Date): Promise<RateLimitState> {
  const startedAt = windowStart(now, rule.windowSeconds);
  const row = await db.rateLimitWindow.findUnique({
    where: { key_windowStartedAt: { key, windowStartedAt: startedAt } },
  });
  return {
    limited: (row?.hits ?? 0) >= rule.limit,
    retryAt: new Date(startedAt.getTime() + rule.windowSeconds * 1000),
  };
}

/** Forgets the attempts of `key` (after a successful sign-in). */
export async function clearRateLimit(db: Db | Tx, key: string): Promise<void> {
  await db.rateLimitWindow.deleteMany({ where: { key } });
}
