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
import { type Actor, type CustomerActor, type StaffActor } from "./actor";
import { auth } from "./config";
import { can, type StaffPermission } from "./permissions";

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

/** A signed-in portal customer; anyone else goes to the portal's sign-in page. */
export async function requireCustomer(): Promise<CustomerActor> {
  const actor = await getActor();
  if (actor?.kind !== "customer") redirect("/portal/sign-in");
  return actor;
}
