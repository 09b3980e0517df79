import { type Tx } from "@/lib/db";

/** An active staff user who can own a mailbox, or null (customers and disabled accounts cannot). */
export async function findStaffOwner(tx: Tx, userId: string): Promise<{ id: string } | null> {
  return tx.user.findFirst({
    where: { id: userId, staffRole: { not: null }, disabledAt: null },
    select: { id: true },
  });
}
