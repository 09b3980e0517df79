import "server-only";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { switchOffPasswordResetIfSenderCannotSend } from "./password-reset-sender";
import { type StaffMember } from "./staff-member";

/**
 * Stops a mailbox sending. Emails for it wait in the outbox until it is enabled again, which
 * takes a new "Test and enable". If its owner is the password-reset sender, the process is
 * switched off in the same transaction (password-reset-sender.ts).
 */
export async function disableMailbox(
  db: Db,
  cmd: { mailboxId: string; by: StaffMember; now: Date },
): Promise<Result<{ passwordResetProcessSwitchedOff: boolean }, "not_found" | "not_enabled">> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.mailbox.updateMany({
      where: { id: cmd.mailboxId, status: "ENABLED" },
      data: { status: "DISABLED" },
    });
    if (count === 0) {
      const exists = await tx.mailbox.count({ where: { id: cmd.mailboxId } });
      return fail(exists ? "not_enabled" : "not_found");
    }
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: "mailbox.disabled",
      entityType: "mailbox",
      entityId: cmd.mailboxId,
    });
    const passwordResetProcessSwitchedOff = await switchOffPasswordResetIfSenderCannotSend(tx, {
      by: cmd.by,
      now: cmd.now,
      mailboxId: cmd.mailboxId,
      cause: "mailbox.disabled",
    });
    return ok({ passwordResetProcessSwitchedOff });
  });
}
