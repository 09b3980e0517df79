import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type UpdateProductTypeInput } from "./schemas";

/** Renames or re-describes a product type; its services keep pointing at it. */
export async function updateProductType(
  db: Db,
  cmd: { input: UpdateProductTypeInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found" | "name_taken">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { productTypeId, ...changes } = cmd.input;
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.productType.findUnique({ where: { id: productTypeId }, select: { name: true, description: true } });
      if (!before) return fail("not_found");
      await tx.productType.update({ where: { id: productTypeId }, data: changes });
      await auditCatalogueChange(tx, { by: cmd.by, action: "product_type.updated", entityType: "product_type", entityId: productTypeId, data: { before, after: changes }, now: cmd.now });
      return ok();
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("name_taken", { name: "admin.catalogue.errors.nameTaken" });
    throw error;
  }
}
