import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type ServiceInput } from "./schemas";
import { allSkillsExist } from "./skill-check";

const E = "admin.catalogue.errors";

/** Admin → Catalogue → Add service: duration, buffer after, price, required skills. */
export async function createService(
  db: Db,
  cmd: { input: ServiceInput; by: StaffActor; now: Date },
): Promise<Result<{ serviceId: string }, "forbidden" | "not_found" | "name_taken">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { skillIds, ...fields } = cmd.input;
  try {
    return await db.$transaction(async (tx) => {
      const productType = await tx.productType.findUnique({ where: { id: fields.productTypeId }, select: { id: true } });
      if (!productType) return fail("not_found", { productTypeId: `${E}.productTypeRequired` });
      if (!(await allSkillsExist(tx, skillIds))) return fail("not_found", { skillIds: `${E}.skillUnknown` });
      const service = await tx.service.create({
        data: { ...fields, createdAt: cmd.now, skills: { create: skillIds.map((skillId) => ({ skillId })) } },
        select: { id: true },
      });
      await auditCatalogueChange(tx, { by: cmd.by, action: "service.created", entityType: "service", entityId: service.id, data: { ...fields, skillIds }, now: cmd.now });
      return ok({ serviceId: service.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("name_taken", { name: `${E}.serviceNameTaken` });
    throw error;
  }
}
