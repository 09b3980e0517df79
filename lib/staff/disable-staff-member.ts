import { revokeUserSessions } from "@/lib/auth";
import { writeAuditLog } from "@/lib/audit";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { type StaffMemberIdInput } from "./schemas";
import { nameOf, STAFF_AUDIT_ENTITY, type StaffChange, type StaffManager } from "./staff-actor";
import { isLastActiveAdmin, lockActiveAdminIds, lockStaffMember } from "./staff-member-lock";

export type DisableStaffMemberError = "not_found" | "own_account" | "last_admin";

/**
 * Takes a staff member's access away: they cannot sign in, and every open session ends now
 * (sessions are checked on each request, lib/auth/sessions.ts). Nothing they did is deleted.
 */
export async function disableStaffMember(
  db: Db,
  cmd: { input: StaffMemberIdInput; by: StaffManager; now: Date },
): Promise<Result<StaffChange, DisableStaffMemberError>> {
  if (cmd.input.userId === cmd.by.userId) return fail("own_account");
  return db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdminIds(tx);
    const member = await lockStaffMember(tx, cmd.input.userId);
    if (!member) return fail("not_found");
    if (member.disabledAt) return ok({ changed: false, name: nameOf(member) });
    if (isLastActiveAdmin(member, activeAdminIds)) return fail("last_admin");

    await tx.user.update({ where: { id: member.id }, data: { disabledAt: cmd.now } });
    const sessionsEnded = await revokeUserSessions(tx, member.id);
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "staff.disabled",
      entityType: STAFF_AUDIT_ENTITY,
      entityId: member.id,
      data: { email: member.email, role: member.staffRole, sessionsEnded },
      now: cmd.now,
    });
    return ok({ changed: true, name: nameOf(member) });
  });
}
