/**
 * The "link intent": proof, carried through an OpenID Connect round trip, that a signed-in
 * customer pressed *Link* on their profile. Linking happens only this way — never by matching
 * an email — so nobody takes over an account through a provider (product.md §1).
 *
 * It is a short-lived httpOnly cookie holding {user, session row, provider, expiry}, signed
 * with a key derived from the Auth.js secret (HMAC-SHA-256). The callback accepts it only
 * while that session still exists for that user, and deletes it after one use.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

export const LINK_INTENT_COOKIE = "fieldbook-link-intent";
/** Long enough to sign in at the provider, short enough that a forgotten tab expires. */
export const LINK_INTENT_SECONDS = 10 * 60;

export interface LinkIntent {
  userId: string;
  /** The session row of the device that pressed Link. */
  sessionId: string;
  provider: string;
  expiresAt: Date;
}

function signingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(secret, "utf8"), Buffer.alloc(0), "fieldbook external-account link intent", 32));
}

function mac(payload: string, secret: string): string {
  return createHmac("sha256", signingKey(secret)).update(payload).digest("base64url");
}

export function sealLinkIntent(intent: LinkIntent, secret: string = authSecret()): string {
  const payload = Buffer.from(
    JSON.stringify({ u: intent.userId, s: intent.sessionId, p: intent.provider, e: intent.expiresAt.getTime() }),
  ).toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

/** The intent when the cookie is genuine and not expired; null otherwise. */
export function openLinkIntent(value: string, now: Date, secret: string = authSecret()): LinkIntent | null {
  const [payload, signature, extra] = value.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { u, s, p, e } = parsed as Record<string, unknown>;
    if (typeof u !== "string" || typeof s !== "string" || typeof p !== "string" || typeof e !== "number") return null;
    if (e <= now.getTime()) return null;
    return { userId: u, sessionId: s, provider: p, expiresAt: new Date(e) };
  } catch {
    return null;
  }
}
