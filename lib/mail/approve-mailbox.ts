import "server-only";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { type StaffMember } from "./staff-member";

/**
 * "Approve email": an admin vouches that Fieldbook may send as this From address. The
 * mailbox still sends nothing until "Test and enable" passes.
 */
export async function approveMailbox(
  db: Db,
  cmd: { mailboxId: string; by: StaffMember; now: Date },
): Promise<Result<void, "not_found" | "not_pending_approval">> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.mailbox.updateMany({
      where: { id: cmd.mailboxId, status: "PENDING_APPROVAL" },
      data: { status: "APPROVED", approvedById: cmd.by.userId, approvedAt: cmd.now },
    });
    if (count === 0) {
      const exists = await tx.mailbox.count({ where: { id: cmd.mailboxId } });
      return fail(exists ? "not_pending_approval" : "not_found");
    }
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: "mailbox.approved",
      entityType: "mailbox",
      entityId: cmd.mailboxId,
    });
    return ok();
  });
}
