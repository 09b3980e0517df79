import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type SkillInput } from "./schemas";

/** Adds a skill services can require and technicians can hold. */
export async function createSkill(
  db: Db,
  cmd: { input: SkillInput; by: StaffActor; now: Date },
): Promise<Result<{ skillId: string }, "forbidden" | "name_taken">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      // "Heat pumps" and "heat pumps" would be one skill to a dispatcher.
      const clash = await tx.skill.findFirst({ where: { name: { equals: cmd.input.name, mode: "insensitive" } }, select: { id: true } });
      if (clash) return fail("name_taken", { name: "admin.catalogue.errors.nameTaken" });
      const skill = await tx.skill.create({ data: { name: cmd.input.name, createdAt: cmd.now }, select: { id: true } });
      await auditCatalogueChange(tx, { by: cmd.by, action: "skill.created", entityType: "skill", entityId: skill.id, data: cmd.input, now: cmd.now });
      return ok({ skillId: skill.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("name_taken", { name: "admin.catalogue.errors.nameTaken" });
    throw error;
  }
}
