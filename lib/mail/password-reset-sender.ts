import { SETTINGS_ID, type Tx } from "@/lib/db";
import { writeAuditLog } from "./audit";
import { type StaffMember } from "./staff-member";

/**
 * The "Send password reset to contact" process sends only from its sender's ENABLED mailbox
 * (product.md §1). When a mailbox change leaves the sender without one — the mailbox is
 * disabled, edited (back to the test), or given to someone else — the process is switched off
 * in the same transaction, audit-logged, and the admin is told; it is never left on with a
 * sender that cannot send. Call it after the mailbox write, which holds the mailbox's row
 * lock: set-password-reset-process.ts takes the same lock, so the two cannot interleave.
 *
 * Returns true when it switched the process off.
 */
export async function switchOffPasswordResetIfSenderCannotSend(
  tx: Tx,
  change: { by: StaffMember; now: Date; mailboxId: string; cause: string },
): Promise<boolean> {
  const settings = await tx.settings.findUnique({
    where: { id: SETTINGS_ID },
    select: { passwordResetProcessEnabled: true, passwordResetSenderUserId: true },
  });
  if (!settings?.passwordResetProcessEnabled) return false;
  const senderId = settings.passwordResetSenderUserId;
  const senderCanSend = senderId !== null && (await tx.mailbox.count({ where: { ownerUserId: senderId, status: "ENABLED" } })) > 0;
  if (senderCanSend) return false;

  const { count } = await tx.settings.updateMany({
    where: { id: SETTINGS_ID, passwordResetProcessEnabled: true },
    data: { passwordResetProcessEnabled: false },
  });
  if (count === 0) return false;
  // The PASSWORD_RESET notification mirrors the process (set-password-reset-process.ts).
  await tx.notificationSetting.updateMany({ where: { kind: "PASSWORD_RESET" }, data: { enabled: false } });
  await writeAuditLog(tx, {
    by: change.by,
    now: change.now,
    action: "process.password_reset.switched_off",
    entityType: "settings",
    entityId: String(SETTINGS_ID),
    data: { senderUserId: senderId, mailboxId: change.mailboxId, cause: change.cause },
  });
  return true;
}
