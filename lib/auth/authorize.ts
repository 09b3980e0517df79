/**
 * The one place that answers "who is calling, and may they?". Every page, server action
 * and route handler calls one of these first (style.md: no ad-hoc checks, none in layouts).
 *
 * The check must run before the response starts streaming, or a redirect, 403 or 404 goes
 * out with status 200: so the surfaces have no route-level loading.tsx, and a slow page puts
 * its own <Suspense> below the check.
 */
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { type Actor, type CustomerActor, type StaffActor } from "./actor";
import { auth } from "./config";
import { can, type StaffPermission } from "./permissions";
import { checkPortalApiAccess, type PortalApiAccess } from "./portal-api-access";

/** The signed-in person, or null; one session lookup per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  if (user.staffRole)
    return { kind: "staff", userId: user.id, role: user.staffRole, email: user.email, name: user.name };
  if (user.contactId)
    return { kind: "customer", userId: user.id, contactId: user.contactId, email: user.email, name: user.name };
  return null;
});

/** Staff sign-in page of the surface a permission belongs to. */
function staffSignInPath(permission: StaffPermission): string {
  return permission === "field:use" ? "/field/sign-in" : "/admin/sign-in";
}

/**
 * A staff member allowed `permission`. Signed out (or a customer): redirected to the staff
 * sign-in page. Signed in without the permission: 403.
 */
export async function requirePermission(permission: StaffPermission): Promise<StaffActor> {
  const actor = await getActor();
  if (actor?.kind !== "staff") redirect(staffSignInPath(permission));
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

/**
 * Whether the customer's contact holds the web role (product.md §1: web roles decide what a
 * portal user may do). Read on every request, so removing a role takes effect at once.
 */
const customerHasWebRole = cache(async (contactId: string, webRoleKey: string): Promise<boolean> => {
  const assignment = await db.contactWebRole.findFirst({
    where: { contactId, webRole: { key: webRoleKey } },
    select: { contactId: true },
  });
  return assignment !== null;
});

/**
 * A signed-in portal customer whose contact has the *Authenticated users* web role; signed-out
 * visitors go to the portal's sign-in page, customers without the role get 403.
 */
export async function requireCustomer(): Promise<CustomerActor> {
  const actor = await getActor();
  if (actor?.kind !== "customer") redirect("/portal/sign-in");
  if (!(await customerHasWebRole(actor.contactId, BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers))) forbidden();
  return actor;
}

/**
 * The caller of the portal's JSON API (/api/portal/v1/*): a signed-in customer with both the
 * *Authenticated users* and the *Web API users* web roles, writing from this site
 * (portal-api-access.ts). Route handlers map the refusal to 401 or 403.
 */
export async function authorizePortalApi(request: Request): Promise<PortalApiAccess> {
  return checkPortalApiAccess(db, await getActor(), request);
}
