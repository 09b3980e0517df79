/** GET /me: the signed-in customer's own profile (issue 5 §3), read with their contact id from the session. */
import "server-only";
import { findPortalProfile } from "@/lib/identity";
import { apiError, portalRoute, type PortalApiDeps } from "./portal-api";

export function meHandler(deps: PortalApiDeps) {
  return portalRoute(deps, async ({ customer }) => {
    const profile = await findPortalProfile(deps.db, customer.contactId);
    if (!profile) return apiError("not_found");
    const { street, postalCode, city, country, timeZone } = profile;
    const hasAddress = [street, postalCode, city, country].some((part) => part !== null);
    return Response.json({
      name: `${profile.firstName} ${profile.lastName}`.trim(),
      firstName: profile.firstName,
      lastName: profile.lastName,
      /** The address they sign in with. */
      email: customer.email,
      phone: profile.phone,
      /** Where visits happen; their times are shown in its zone. */
      serviceAddress: hasAddress || timeZone ? { street, postalCode, city, country, timeZone } : null,
      webRoles: profile.webRoles,
    });
  });
}
