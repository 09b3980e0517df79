import { type Prisma } from "@prisma/client";
import { writeAuditLog as writeAuditRow } from "@/lib/audit";
import { type Tx } from "@/lib/db";
import { type StaffMember } from "./staff-member";

/**
 * Mail settings changes go to the audit log (lib/audit) in the transaction that makes them
 * (product.md §4), in the staff member's name. `data` never holds a password, encrypted or not.
 */
export async function writeAuditLog(
  tx: Tx,
  entry: { by: StaffMember; action: string; entityType: string; entityId: string | null; data?: Prisma.InputJsonObject; now: Date },
): Promise<void> {
  const { by, ...rest } = entry;
  await writeAuditRow(tx, { ...rest, actorUserId: by.userId });
}
