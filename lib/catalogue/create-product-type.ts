import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type ProductTypeInput } from "./schemas";

const NAME_TAKEN = { name: "admin.catalogue.errors.nameTaken" };

/** Admin → Catalogue → Add product type (the equipment a customer books for, product.md §2). */
export async function createProductType(
  db: Db,
  cmd: { input: ProductTypeInput; by: StaffActor; now: Date },
): Promise<Result<{ productTypeId: string }, "forbidden" | "name_taken">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.productType.create({ data: { ...cmd.input, createdAt: cmd.now }, select: { id: true } });
      await auditCatalogueChange(tx, { by: cmd.by, action: "product_type.created", entityType: "product_type", entityId: created.id, data: cmd.input, now: cmd.now });
      return ok({ productTypeId: created.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("name_taken", NAME_TAKEN);
    throw error;
  }
}
