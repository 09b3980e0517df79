import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type SetProductTypeActiveInput } from "./schemas";

/**
 * Deactivates (or reactivates) a product type: customers no longer see it when booking, and
 * its past appointments keep their history (never deleted: appointments point at services).
 */
export async function setProductTypeActive(
  db: Db,
  cmd: { input: SetProductTypeActiveInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { productTypeId, active } = cmd.input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.productType.updateMany({ where: { id: productTypeId }, data: { active } });
    if (count === 0) return fail("not_found");
    await auditCatalogueChange(tx, { by: cmd.by, action: active ? "product_type.activated" : "product_type.deactivated", entityType: "product_type", entityId: productTypeId, now: cmd.now });
    return ok();
  });
}
