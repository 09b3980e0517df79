import "server-only";
import { type Prisma } from "@prisma/client";
import { writeAuditLog } from "@/lib/audit";
import { type Tx } from "@/lib/db";

/** Catalogue changes are staff changes: audit-logged in their transaction (product.md §4). */
export function auditCatalogueChange(
  tx: Tx,
  entry: { by: { userId: string }; action: string; entityType: string; entityId: string; data?: Prisma.InputJsonObject; now: Date },
): Promise<void> {
  return writeAuditLog(tx, {
    actorUserId: entry.by.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: entry.data,
    now: entry.now,
  });
}
