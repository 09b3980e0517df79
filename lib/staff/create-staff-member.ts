import { checkPasswordPolicy, hashPassword, PASSWORD_PROBLEM_MESSAGES } from "@/lib/auth";
import { writeAuditLog } from "@/lib/audit";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { type CreateStaffMemberInput } from "./schemas";
import { STAFF_AUDIT_ENTITY, type StaffManager } from "./staff-actor";

export type CreateStaffMemberError = "email_taken" | "weak_password";

/**
 * An admin adds a staff member with an initial password (product.md §4). A technician's
 * resource row (skills, home base, hours) is the catalogue's business, not created here.
 */
export async function createStaffMember(
  db: Db,
  cmd: { input: CreateStaffMemberInput; by: StaffManager; now: Date },
): Promise<Result<{ userId: string }, CreateStaffMemberError>> {
  const { name, email, role, password } = cmd.input;
  const problem = checkPasswordPolicy(password, { email });
  if (problem) return fail("weak_password", { password: PASSWORD_PROBLEM_MESSAGES[problem] });
  const passwordHash = await hashPassword(password);

  try {
    return await db.$transaction(async (tx) => {
      // Customers and staff share the users table: one email, one person.
      const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (taken) return fail("email_taken", { email: "admin.staff.errors.emailTaken" });
      const user = await tx.user.create({
        data: { name, email, passwordHash, staffRole: role, createdAt: cmd.now },
        select: { id: true },
      });
      await writeAuditLog(tx, {
        actorUserId: cmd.by.userId,
        action: "staff.created",
        entityType: STAFF_AUDIT_ENTITY,
        entityId: user.id,
        data: { name, email, role },
        now: cmd.now,
      });
      return ok({ userId: user.id });
    });
  } catch (error) {
    // Two admins adding the same email at once: the unique index decides.
    if (isUniqueViolation(error)) return fail("email_taken", { email: "admin.staff.errors.emailTaken" });
    throw error;
  }
}
