/**
 * The staff member behind a settings change: whoever lib/auth's requirePermission returned.
 * Only the id is needed here (it goes into the audit row); declared structurally so lib/mail
 * does not depend on lib/auth.
 */
export type StaffMember = { userId: string };
