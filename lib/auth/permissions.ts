/**
 * Who may do what among staff: the one table every rights check reads (style.md, dub's
 * "permission tables"). Customers are not in it: they reach only their own data, through
 * web roles (lib/auth/authorize.ts). Isomorphic and pure, so tests can walk the table.
 */
import { type StaffRole } from "@prisma/client";

export const STAFF_PERMISSIONS = {
  /** The back-office dashboard and its figures. */
  "dashboard:view": ["ADMIN", "DISPATCHER"],
  /** Mailboxes, notifications, processes, templates, portal settings. */
  "settings:manage": ["ADMIN"],
  /** Staff accounts and their roles. */
  "staff:manage": ["ADMIN"],
  /** Every staff change, newest first (product.md §4). */
  "audit-log:view": ["ADMIN"],
  "outbox:view": ["ADMIN", "DISPATCHER"],
  "outbox:retry": ["ADMIN", "DISPATCHER"],
  /** The development SMTP catcher's inbox. */
  "mail-catcher:view": ["ADMIN", "DISPATCHER"],
  /** Contacts: list, open, create, delete (product.md §4). */
  "contacts:manage": ["ADMIN", "DISPATCHER"],
  /** Create, revoke and copy the code of portal invitations. */
  "invitations:manage": ["ADMIN", "DISPATCHER"],
  /** Assign web roles to contacts and remove them; see the web roles. */
  "web-roles:manage": ["ADMIN", "DISPATCHER"],
  /** Add custom web roles: portal configuration, for admins. */
  "web-roles:define": ["ADMIN"],
  /** Product types, services, skills and technicians (product.md §4). */
  "catalogue:manage": ["ADMIN"],
  /** Bookings: list, board per technician, status changes, reassignment (product.md §4). */
  "bookings:manage": ["ADMIN", "DISPATCHER"],
  /** Portal settings: company zone, notice, horizon, slot step, cutoffs, reschedule limit. */
  "portal-settings:manage": ["ADMIN"],
  /** The technicians' field app. */
  "field:use": ["TECHNICIAN"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffPermission = keyof typeof STAFF_PERMISSIONS;

export function can(role: StaffRole, permission: StaffPermission): boolean {
  return (STAFF_PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

/** Where a staff member lands after signing in: the first surface their role may use. */
export function homePathFor(role: StaffRole): "/admin" | "/field" {
  return can(role, "dashboard:view") ? "/admin" : "/field";
}
