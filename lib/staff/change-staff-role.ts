import { revokeUserSessions } from "@/lib/auth";
import { writeAuditLog } from "@/lib/audit";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { type ChangeStaffRoleInput } from "./schemas";
import { nameOf, STAFF_AUDIT_ENTITY, type StaffChange, type StaffManager } from "./staff-actor";
import { isLastActiveAdmin, lockActiveAdminIds, lockStaffMember } from "./staff-member-lock";

export type ChangeStaffRoleError = "not_found" | "own_role" | "last_admin";

/**
 * Gives a staff member another role. Their sessions end at once: they sign in again and land
 * on the surface their new role opens, with nothing of the old role left in an open tab.
 * An admin cannot change their own role, and the last enabled admin keeps theirs.
 */
export async function changeStaffRole(
  db: Db,
  cmd: { input: ChangeStaffRoleInput; by: StaffManager; now: Date },
): Promise<Result<StaffChange, ChangeStaffRoleError>> {
  if (cmd.input.userId === cmd.by.userId) return fail("own_role");
  return db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdminIds(tx);
    const member = await lockStaffMember(tx, cmd.input.userId);
    if (!member) return fail("not_found");
    if (member.staffRole === cmd.input.role) return ok({ changed: false, name: nameOf(member) });
    if (isLastActiveAdmin(member, activeAdminIds)) return fail("last_admin");

    await tx.user.update({ where: { id: member.id }, data: { staffRole: cmd.input.role } });
    const sessionsEnded = await revokeUserSessions(tx, member.id);
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "staff.role_changed",
      entityType: STAFF_AUDIT_ENTITY,
      entityId: member.id,
      data: { email: member.email, from: member.staffRole, to: cmd.input.role, sessionsEnded },
      now: cmd.now,
    });
    return ok({ changed: true, name: nameOf(member) });
  });
}
