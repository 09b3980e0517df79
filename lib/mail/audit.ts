import { type Prisma } from "@prisma/client";
import { type Tx } from "@/lib/db";
import { type StaffMember } from "./staff-member";

/**
 * Every staff change is audit-logged in the transaction that makes it (product.md §4).
 * `data` never holds a password, encrypted or not.
 */
export async function writeAuditLog(
  tx: Tx,
  entry: { by: StaffMember; action: string; entityType: string; entityId: string | null; data?: Prisma.InputJsonObject; now: Date },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: entry.by.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
      createdAt: entry.now,
    },
  });
}
