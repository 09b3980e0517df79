/**
 * Row locks that keep the back office with an admin. Every staff change locks the active
 * admins first (always in id order, so two changes never deadlock), then the target: two
 * admins demoting each other at the same instant are serialised, and the second sees that
 * its target has become the last active admin (product.md §4, "admins manage staff").
 */
import { type StaffRole } from "@prisma/client";
import { type Tx } from "@/lib/db";

export interface LockedStaffMember {
  id: string;
  email: string;
  name: string | null;
  staffRole: StaffRole;
  disabledAt: Date | null;
}

/** Locks and returns the ids of the enabled admins. */
export async function lockActiveAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE staff_role = 'ADMIN' AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Locks and returns the staff member, or null when the id is no staff member's. */
export async function lockStaffMember(tx: Tx, userId: string): Promise<LockedStaffMember | null> {
  const rows = await tx.$queryRaw<{ id: string; email: string; name: string | null; staff_role: StaffRole; disabled_at: Date | null }[]>`
    SELECT id, email, name, staff_role, disabled_at FROM users
    WHERE id = ${userId}::uuid AND staff_role IS NOT NULL FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, email: row.email, name: row.name, staffRole: row.staff_role, disabledAt: row.disabled_at } : null;
}

/** Whether taking the admin role or access away from `member` would leave no enabled admin. */
export function isLastActiveAdmin(member: LockedStaffMember, activeAdminIds: readonly string[]): boolean {
  return member.staffRole === "ADMIN" && member.disabledAt === null && activeAdminIds.length <= 1 && activeAdminIds.includes(member.id);
}
