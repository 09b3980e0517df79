import { checkPasswordPolicy, hashPassword, PASSWORD_PROBLEM_MESSAGES, revokeUserSessions } from "@/lib/auth";
import { writeAuditLog } from "@/lib/audit";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { type ResetStaffPasswordInput } from "./schemas";
import { nameOf, STAFF_AUDIT_ENTITY, type StaffChange, type StaffManager } from "./staff-actor";
import { lockStaffMember } from "./staff-member-lock";

export type ResetStaffPasswordError = "not_found" | "own_account" | "weak_password";

/**
 * An admin sets a new password for a staff member who lost theirs (told to them out of band).
 * Every session of theirs ends: whoever knew the old password is out. Admins change their own
 * password from their profile, where the current one is asked for.
 */
export async function resetStaffPassword(
  db: Db,
  cmd: { input: ResetStaffPasswordInput; by: StaffManager; now: Date },
): Promise<Result<StaffChange & { sessionsEnded: number }, ResetStaffPasswordError>> {
  if (cmd.input.userId === cmd.by.userId) return fail("own_account");
  const current = await db.user.findFirst({
    where: { id: cmd.input.userId, staffRole: { not: null } },
    select: { email: true },
  });
  if (!current) return fail("not_found");
  const problem = checkPasswordPolicy(cmd.input.password, { email: current.email });
  if (problem) return fail("weak_password", { password: PASSWORD_PROBLEM_MESSAGES[problem] });
  const passwordHash = await hashPassword(cmd.input.password);

  return db.$transaction(async (tx) => {
    const member = await lockStaffMember(tx, cmd.input.userId);
    if (!member) return fail("not_found");
    await tx.user.update({ where: { id: member.id }, data: { passwordHash } });
    const sessionsEnded = await revokeUserSessions(tx, member.id);
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "staff.password_reset",
      entityType: STAFF_AUDIT_ENTITY,
      entityId: member.id,
      data: { email: member.email, sessionsEnded },
      now: cmd.now,
    });
    return ok({ changed: true, name: nameOf(member), sessionsEnded });
  });
}
