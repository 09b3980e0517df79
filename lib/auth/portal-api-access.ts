/**
 * Who may call the portal's JSON API (/api/portal/v1, product.md §1): a signed-in customer
 * whose contact has both the *Authenticated users* and the *Web API users* web roles, read on
 * every request (removing a role takes effect at once). Route handlers answer 401 for
 * `unauthenticated`, 403 for `forbidden` and `cross_origin`.
 *
 * The API runs on the portal's session cookie, so a write must come from this site: server
 * actions get that check from Next.js (Origin against Host), route handlers get it here.
 */
import { type Db } from "@/lib/db";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { fail, ok, type Result } from "@/lib/result";
import { type Actor, type CustomerActor } from "./actor";

export type PortalApiAccessError = "unauthenticated" | "forbidden" | "cross_origin";
export type PortalApiAccess = Result<CustomerActor, PortalApiAccessError>;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host the request was sent to, as Next.js's own server-action check reads it. */
function requestHost(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host") || new URL(request.url).host || null;
}

/**
 * A state-changing request a browser sent from another site (or a sibling subdomain), which the
 * session cookie must not authorize. Requests without Origin or Sec-Fetch-Site come from
 * non-browser clients, which cannot ride on someone else's cookie.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host !== requestHost(request);
  } catch {
    // "null" (sandboxed frames, privacy redirects) or garbage: not this site.
    return true;
  }
}

/** The portal API's rights check for the session's `actor` (null when signed out). */
export async function checkPortalApiAccess(db: Db, actor: Actor | null, request: Request): Promise<PortalApiAccess> {
  if (actor?.kind !== "customer") return fail("unauthenticated");
  if (isCrossSiteWrite(request)) return fail("cross_origin");
  const required = [BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers, BUILT_IN_WEB_ROLE_KEYS.webApiUsers];
  const held = await db.contactWebRole.count({ where: { contactId: actor.contactId, webRole: { key: { in: required } } } });
  return held === required.length ? ok(actor) : fail("forbidden");
}
