import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type UpdateTechnicianInput } from "./schemas";
import { allSkillsExist } from "./skill-check";

/** Changes a technician's details, home base and skills (the skills are replaced). */
export async function updateTechnician(
  db: Db,
  cmd: { input: UpdateTechnicianInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { technicianId, skillIds, ...fields } = cmd.input;
  return db.$transaction(async (tx) => {
    const before = await tx.technician.findUnique({
      where: { id: technicianId },
      select: {
        displayName: true, homeStreet: true, homePostalCode: true, homeCity: true, homeCountry: true,
        homeLatitude: true, homeLongitude: true, timeZone: true, color: true, active: true,
        skills: { select: { skillId: true } },
      },
    });
    if (!before) return fail("not_found");
    if (!(await allSkillsExist(tx, skillIds))) return fail("not_found", { skillIds: "admin.catalogue.errors.skillUnknown" });
    await tx.technician.update({ where: { id: technicianId }, data: fields });
    await tx.technicianSkill.deleteMany({ where: { technicianId } });
    if (skillIds.length > 0) await tx.technicianSkill.createMany({ data: skillIds.map((skillId) => ({ technicianId, skillId })) });
    const { skills, ...beforeFields } = before;
    await auditCatalogueChange(tx, {
      by: cmd.by,
      action: "technician.updated",
      entityType: "technician",
      entityId: technicianId,
      data: { before: { ...beforeFields, skillIds: skills.map((skill) => skill.skillId) }, after: { ...fields, skillIds } },
      now: cmd.now,
    });
    return ok();
  });
}
