/**
 * Checks an email and password for one sign-in page. Failures are throttled per email
 * and per client; the answer never says whether the email exists or which part was wrong.
 */
import { type StaffRole } from "@prisma/client";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { clearRateLimit, hitRateLimit, isRateLimited, type RateLimitRule } from "./rate-limit";
import { type SignInAudience } from "./schemas";

/** 5 failed attempts per email per 15 minutes; 30 per client address. */
export const SIGN_IN_FAILURES_PER_EMAIL: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_FAILURES_PER_CLIENT: RateLimitRule = { limit: 30, windowSeconds: 15 * 60 };

export interface VerifyCredentials {
  email: string;
  password: string;
  audience: SignInAudience;
  /** The client's address, for throttling; null when unknown. */
  clientKey: string | null;
  now: Date;
}

export type VerifyCredentialsResult =
  | Ok<{ userId: string; staffRole: StaffRole | null }>
  | Fail<"invalid_credentials">
  /** Right password, but the customer's web roles no longer include portal access. */
  | Fail<"no_portal_access">
  | (Fail<"too_many_attempts"> & { retryAt: Date });

export async function verifyCredentials(db: Db, cmd: VerifyCredentials): Promise<VerifyCredentialsResult> {
  const emailKey = `sign-in:email:${cmd.email}`;
  const clientKey = cmd.clientKey ? `sign-in:client:${cmd.clientKey}` : null;

  const limits = [await isRateLimited(db, emailKey, SIGN_IN_FAILURES_PER_EMAIL, cmd.now)];
  if (clientKey) limits.push(await isRateLimited(db, clientKey, SIGN_IN_FAILURES_PER_CLIENT, cmd.now));
  const blocking = limits.filter((state) => state.limited);
  if (blocking.length > 0) {
    return {
      ...fail("too_many_attempts"),
      retryAt: new Date(Math.max(...blocking.map((state) => state.retryAt.getTime()))),
    };
  }

  const user = await db.user.findUnique({
    where: { email: cmd.email },
    select: {
      id: true,
      passwordHash: true,
      staffRole: true,
      disabledAt: true,
      contact: { select: { webRoles: { select: { webRole: { select: { key: true } } } } } },
    },
  });
  // Always pay for one argon2 verification, so timing does not tell which emails exist.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), cmd.password);
  const belongsHere = cmd.audience === "staff" ? user?.staffRole != null : user?.contact != null;

  if (!user?.passwordHash || !passwordMatches || user.disabledAt || !belongsHere) {
    await hitRateLimit(db, emailKey, SIGN_IN_FAILURES_PER_EMAIL, cmd.now);
    if (clientKey) await hitRateLimit(db, clientKey, SIGN_IN_FAILURES_PER_CLIENT, cmd.now);
    return fail("invalid_credentials");
  }
  await clearRateLimit(db, emailKey);

  const webRoleKeys = user.contact?.webRoles.map(({ webRole }) => webRole.key) ?? [];
  if (cmd.audience === "customer" && !webRoleKeys.includes(BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers)) {
    return fail("no_portal_access");
  }
  return ok({ userId: user.id, staffRole: user.staffRole });
}
