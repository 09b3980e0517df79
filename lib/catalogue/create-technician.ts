import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type CreateTechnicianInput } from "./schemas";
import { allSkillsExist } from "./skill-check";

const E = "admin.catalogue.errors";

/**
 * Makes a staff member with the technician role bookable: home base, zone, colour, skills.
 * Working hours are set on the technician's page afterwards.
 */
export async function createTechnician(
  db: Db,
  cmd: { input: CreateTechnicianInput; by: StaffActor; now: Date },
): Promise<Result<{ technicianId: string }, "forbidden" | "not_found" | "already_technician">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { skillIds, ...fields } = cmd.input;
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findFirst({ where: { id: fields.userId, staffRole: "TECHNICIAN", disabledAt: null }, select: { id: true } });
      if (!user) return fail("not_found", { userId: `${E}.userRequired` });
      if (!(await allSkillsExist(tx, skillIds))) return fail("not_found", { skillIds: `${E}.skillUnknown` });
      const technician = await tx.technician.create({
        data: { ...fields, createdAt: cmd.now, skills: { create: skillIds.map((skillId) => ({ skillId })) } },
        select: { id: true },
      });
      await auditCatalogueChange(tx, { by: cmd.by, action: "technician.created", entityType: "technician", entityId: technician.id, data: { ...fields, skillIds }, now: cmd.now });
      return ok({ technicianId: technician.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("already_technician", { userId: `${E}.alreadyTechnician` });
    throw error;
  }
}
