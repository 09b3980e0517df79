import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type UpdateServiceInput } from "./schemas";
import { allSkillsExist } from "./skill-check";

const E = "admin.catalogue.errors";

/**
 * Changes a service and replaces its required skills. Booked appointments keep their times:
 * a new duration applies to bookings made from now on.
 */
export async function updateService(
  db: Db,
  cmd: { input: UpdateServiceInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found" | "name_taken">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { serviceId, skillIds, ...fields } = cmd.input;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.service.findUnique({
        where: { id: serviceId },
        select: { productTypeId: true, name: true, description: true, durationMinutes: true, bufferAfterMinutes: true, priceCents: true, active: true, skills: { select: { skillId: true } } },
      });
      if (!before) return fail("not_found");
      const productType = await tx.productType.findUnique({ where: { id: fields.productTypeId }, select: { id: true } });
      if (!productType) return fail("not_found", { productTypeId: `${E}.productTypeRequired` });
      if (!(await allSkillsExist(tx, skillIds))) return fail("not_found", { skillIds: `${E}.skillUnknown` });
      await tx.service.update({ where: { id: serviceId }, data: fields });
      await tx.serviceSkill.deleteMany({ where: { serviceId } });
      if (skillIds.length > 0) await tx.serviceSkill.createMany({ data: skillIds.map((skillId) => ({ serviceId, skillId })) });
      const { skills, ...beforeFields } = before;
      await auditCatalogueChange(tx, {
        by: cmd.by,
        action: "service.updated",
        entityType: "service",
        entityId: serviceId,
        data: { before: { ...beforeFields, skillIds: skills.map((skill) => skill.skillId) }, after: { ...fields, skillIds } },
        now: cmd.now,
      });
      return ok();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("name_taken", { name: `${E}.serviceNameTaken` });
    throw error;
  }
}
