import { type Prisma } from "@prisma/client";
import { type Tx } from "@/lib/db";

/**
 * Identity changes are audit-logged in the transaction that makes them (product.md §4): staff
 * changes with the staff member as actor, a redemption with the new portal user as actor.
 * `data` never holds a code, a password or a hash.
 */
export async function writeAuditLog(
  tx: Tx,
  entry: {
    actorUserId: string | null;
    action: string;
    entityType: "contact" | "invitation" | "web_role" | "settings";
    entityId: string | null;
    data?: Prisma.InputJsonObject;
    now: Date;
  },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
      createdAt: entry.now,
    },
  });
}
