import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";

/**
 * Takes a web role away from a contact. Effective on the customer's next request: pages,
 * actions and API calls read the roles each time (lib/auth/authorize.ts).
 */
export async function removeWebRole(
  db: Db,
  cmd: { contactId: string; webRoleId: string; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "web-roles:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const assignment = await tx.contactWebRole.findUnique({
      where: { contactId_webRoleId: { contactId: cmd.contactId, webRoleId: cmd.webRoleId } },
      select: { webRole: { select: { id: true, key: true, name: true } } },
    });
    if (!assignment) return fail("not_found");
    const { count } = await tx.contactWebRole.deleteMany({ where: { contactId: cmd.contactId, webRoleId: cmd.webRoleId } });
    if (count === 0) return fail("not_found");
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "web_role.removed",
      entityType: "contact",
      entityId: cmd.contactId,
      data: { webRoleId: assignment.webRole.id, webRoleKey: assignment.webRole.key, webRoleName: assignment.webRole.name },
      now: cmd.now,
    });
    return ok();
  });
}
