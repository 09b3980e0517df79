import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";

/** Related → Web roles → Add existing web role, on a contact (seed 000). */
export async function assignWebRole(
  db: Db,
  cmd: { contactId: string; webRoleId: string; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found" | "role_not_found" | "already_assigned">> {
  if (!can(cmd.by.role, "web-roles:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const [contact, role] = await Promise.all([
      tx.contact.findUnique({ where: { id: cmd.contactId }, select: { id: true } }),
      tx.webRole.findUnique({ where: { id: cmd.webRoleId }, select: { id: true, key: true, name: true } }),
    ]);
    if (!contact) return fail("not_found");
    if (!role) return fail("role_not_found");
    const { count } = await tx.contactWebRole.createMany({
      data: [{ contactId: contact.id, webRoleId: role.id, assignedById: cmd.by.userId, assignedAt: cmd.now }],
      skipDuplicates: true,
    });
    if (count === 0) return fail("already_assigned");
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "web_role.assigned",
      entityType: "contact",
      entityId: contact.id,
      data: { webRoleId: role.id, webRoleKey: role.key, webRoleName: role.name },
      now: cmd.now,
    });
    return ok();
  });
}
