import { type Prisma } from "@prisma/client";
import { type Tx } from "@/lib/db";

export interface AuditLogEntry {
  /** The staff member who made the change; null for the system (workers, automatic jobs). */
  actorUserId: string | null;
  /** Dotted verb: "<entity type>.<past participle>", e.g. "staff_member.disabled". */
  action: string;
  /** snake_case noun, e.g. "staff_member", "invitation", "mailbox". */
  entityType: string;
  entityId: string | null;
  /** What changed (before/after values). Never a password, a token or a code, hashed or not. */
  data?: Prisma.InputJsonObject;
  now: Date;
}

/**
 * Every staff change is audit-logged in the transaction that makes it (product.md §4): pass
 * the transaction's client, so the row exists exactly when the change does.
 */
export async function writeAuditLog(tx: Tx, entry: AuditLogEntry): Promise<void> {
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
