/**
 * The admin behind a staff change: whoever lib/auth's requirePermission("staff:manage")
 * returned. Only the id is needed (the audit row, the "not yourself" rules).
 */
export type StaffManager = { userId: string };

/** What a change reports: whether anything changed, and whom it was about (for its message). */
export type StaffChange = { changed: boolean; name: string };

/** Staff changes are changes to a `users` row. */
export const STAFF_AUDIT_ENTITY = "user";

/** How messages name a staff member: their name, else their email. */
export function nameOf(member: { name: string | null; email: string }): string {
  return member.name ?? member.email;
}
