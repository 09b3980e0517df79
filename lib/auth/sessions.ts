/**
 * Database-backed sessions. The browser's cookie is an encrypted Auth.js JWT that holds only
 * a random session token; the `sessions` table keeps the token's SHA-256 (a database dump
 * gives no usable session). Every request looks the row up, so deleting rows signs people
 * out at once: "Sign out everywhere", password resets, disabling a user.
 */
import { createHash, randomBytes } from "node:crypto";
import { type Db, type Tx } from "@/lib/db";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(db: Db | Tx, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      userId,
      sessionToken: hashSessionToken(token),
      expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return token;
}

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  staffRole: true,
  contactId: true,
  locale: true,
  disabledAt: true,
} as const;

/**
 * The session's user when the session exists, has not expired and the user is not disabled,
 * with the session row's id (`sessionId`: names this device when revoking the others).
 */
export async function findSessionUser(db: Db | Tx, token: string, now: Date) {
  const session = await db.session.findUnique({
    where: { sessionToken: hashSessionToken(token) },
    select: { id: true, expires: true, user: { select: sessionUserSelect } },
  });
  if (!session || session.expires <= now || session.user.disabledAt) return null;
  return { ...session.user, sessionId: session.id };
}

export async function revokeSession(db: Db | Tx, token: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: hashSessionToken(token) } });
}

/** Ends every session of the user, or every one but `exceptToken` (the current device). */
export async function revokeUserSessions(db: Db | Tx, userId: string, exceptToken?: string): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(exceptToken ? { NOT: { sessionToken: hashSessionToken(exceptToken) } } : {}) },
  });
  return count;
}
