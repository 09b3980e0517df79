import "server-only";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { type UpdateNotificationSettingInput } from "./schemas";
import { type StaffMember } from "./staff-member";

/**
 * Turns one notification on or off and chooses who sends it (product.md §4). The sender is a
 * staff user with a mailbox; null means the default mailbox. A sender whose mailbox is not
 * enabled yet is accepted: its emails wait in the outbox until the mailbox passes its test
 * (the settings page says so next to the sender).
 */
export async function updateNotificationSetting(
  db: Db,
  cmd: { input: UpdateNotificationSettingInput; by: StaffMember; now: Date },
): Promise<Result<void, "not_found" | "sender_has_no_mailbox" | "managed_by_process">> {
  const { input } = cmd;
  // Password reset goes on and off, and gets its From, with its process
  // (set-password-reset-process.ts), which refuses a sender that cannot send.
  if (input.kind === "PASSWORD_RESET") return fail("managed_by_process");
  return db.$transaction(async (tx) => {
    const before = await tx.notificationSetting.findUnique({
      where: { kind: input.kind },
      select: { id: true, enabled: true, senderUserId: true },
    });
    if (!before) return fail("not_found");
    if (input.senderUserId) {
      const senderMailboxes = await tx.mailbox.count({
        where: { ownerUserId: input.senderUserId, owner: { staffRole: { not: null }, disabledAt: null } },
      });
      if (senderMailboxes === 0) return fail("sender_has_no_mailbox", { senderUserId: "admin.mail.errors.senderHasNoMailbox" });
    }
    await tx.notificationSetting.update({
      where: { id: before.id },
      data: { enabled: input.enabled, senderUserId: input.senderUserId },
    });
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: "notification.updated",
      entityType: "notification_setting",
      entityId: input.kind,
      data: {
        before: { enabled: before.enabled, senderUserId: before.senderUserId },
        after: { enabled: input.enabled, senderUserId: input.senderUserId },
      },
    });
    return ok();
  });
}
