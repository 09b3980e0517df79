/** The app's bindings of the portal API: its database, the wall clock, the session. */
import "server-only";
import { authorizePortalApi } from "@/lib/auth";
import { db } from "@/lib/db";
import { type PortalApiDeps } from "./portal-api";

/** FIELDBOOK_PUBLIC_URL when set (production), else the origin the request came to. */
function appUrl(request: Request): string {
  const configured = process.env.FIELDBOOK_PUBLIC_URL?.trim();
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}

export const appDeps: PortalApiDeps = {
  db,
  authorize: authorizePortalApi,
  now: () => new Date(),
  appUrl,
};
