/**
 * The admin behind a staff change: whoever lib/auth's requirePermission("staff:manage")
 * returned. Only the id is needed (the audit row, the "not yourself" rules).
 */
export type StaffManager = { userId: string };

export const STAFF_AUDIT_ENTITY = "user";
