import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { type CreateWebRoleInput } from "./schemas";

/**
 * Adds a custom web role (Admin → Web roles). Custom roles have no key: they grant nothing by
 * themselves until a feature checks them; the built-in ones decide portal and API access.
 */
export async function createWebRole(
  db: Db,
  cmd: { input: CreateWebRoleInput; by: StaffActor; now: Date },
): Promise<Result<{ webRoleId: string }, "forbidden" | "name_taken">> {
  if (!can(cmd.by.role, "web-roles:define")) return fail("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      // Names are unique whatever their case: "Installers" and "installers" would confuse staff.
      const clash = await tx.webRole.findFirst({ where: { name: { equals: cmd.input.name, mode: "insensitive" } }, select: { id: true } });
      if (clash) return fail("name_taken", { name: "admin.webRoles.errors.nameTaken" });
      const role = await tx.webRole.create({
        data: { name: cmd.input.name, description: cmd.input.description, builtIn: false, createdAt: cmd.now },
        select: { id: true },
      });
      await writeAuditLog(tx, {
        actorUserId: cmd.by.userId,
        action: "web_role.created",
        entityType: "web_role",
        entityId: role.id,
        data: { name: cmd.input.name, description: cmd.input.description },
        now: cmd.now,
      });
      return ok({ webRoleId: role.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("name_taken", { name: "admin.webRoles.errors.nameTaken" });
    throw error;
  }
}
