import { writeAuditLog } from "@/lib/audit";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { type StaffMemberIdInput } from "./schemas";
import { nameOf, STAFF_AUDIT_ENTITY, type StaffChange, type StaffManager } from "./staff-actor";
import { lockStaffMember } from "./staff-member-lock";

/** Gives a disabled staff member their access back, with the role and password they had. */
export async function enableStaffMember(
  db: Db,
  cmd: { input: StaffMemberIdInput; by: StaffManager; now: Date },
): Promise<Result<StaffChange, "not_found">> {
  return db.$transaction(async (tx) => {
    const member = await lockStaffMember(tx, cmd.input.userId);
    if (!member) return fail("not_found");
    if (!member.disabledAt) return ok({ changed: false, name: nameOf(member) });

    await tx.user.update({ where: { id: member.id }, data: { disabledAt: null } });
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "staff.enabled",
      entityType: STAFF_AUDIT_ENTITY,
      entityId: member.id,
      data: { email: member.email, role: member.staffRole },
      now: cmd.now,
    });
    return ok({ changed: true, name: nameOf(member) });
  });
}
