import { type Prisma } from "@prisma/client";
import { type Tx } from "@/lib/db";

/**
 * Identity changes a person makes to their own account (password changed or reset, external
 * sign-in linked or unlinked, signed out everywhere) are audit-logged in the transaction that
 * makes them, like staff changes (product.md §4). `data` never holds a password or a token.
 */
export async function writeIdentityAuditLog(
  tx: Tx,
  entry: { actorUserId: string | null; action: string; userId: string; data?: Prisma.InputJsonObject; now: Date },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: "user",
      entityId: entry.userId,
      data: entry.data ?? {},
      createdAt: entry.now,
    },
  });
}
