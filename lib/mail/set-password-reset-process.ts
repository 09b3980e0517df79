import "server-only";
import { type MailboxStatus } from "@prisma/client";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { type SetPasswordResetProcessInput } from "./schemas";
import { type StaffMember } from "./staff-member";

export type SetPasswordResetProcessResult =
  | Ok<void>
  | Fail<"sender_not_staff">
  /**
   * product.md §1: the process works only when its From is a staff user whose mailbox is
   * approved, tested and enabled. `senderMailboxStatus` says what is missing (null: the user
   * has no mailbox at all), so the page can tell the admin what to fix.
   */
  | (Fail<"sender_mailbox_not_enabled"> & { senderMailboxStatus: MailboxStatus | null; senderName: string });

/**
 * Switches the "Send password reset to contact" process on or off and sets its From (also
 * the PASSWORD_RESET notification's switch and sender, which mirror it). Turning
 * it on is refused unless the sender owns an ENABLED mailbox; the settings row is then left
 * exactly as it was. The sender's mailbox row is locked (FOR UPDATE) while deciding, so a
 * mailbox being disabled at the same instant either sees the process on and switches it off
 * (password-reset-sender.ts), or makes this refuse — never both on and unable to send.
 */
export async function setPasswordResetProcess(
  db: Db,
  cmd: { input: SetPasswordResetProcessInput; by: StaffMember; now: Date },
): Promise<SetPasswordResetProcessResult> {
  const { enabled, senderUserId } = cmd.input;
  return db.$transaction(async (tx) => {
    const sender = senderUserId
      ? await tx.user.findFirst({
          where: { id: senderUserId, staffRole: { not: null }, disabledAt: null },
          select: { id: true, name: true, email: true },
        })
      : null;
    if (senderUserId && !sender) return fail("sender_not_staff", { senderUserId: "admin.mail.errors.senderNotStaff" });
    if (enabled) {
      const [mailbox] = senderUserId
        ? await tx.$queryRaw<Array<{ status: MailboxStatus }>>`
            SELECT status FROM mailboxes WHERE owner_user_id = ${senderUserId}::uuid FOR UPDATE`
        : [];
      if (mailbox?.status !== "ENABLED") {
        return {
          ...fail("sender_mailbox_not_enabled", { senderUserId: "admin.mail.errors.senderMailboxNotEnabled" }),
          senderMailboxStatus: mailbox?.status ?? null,
          senderName: sender?.name ?? sender?.email ?? "",
        };
      }
    }
    const before = await tx.settings.findUniqueOrThrow({
      where: { id: SETTINGS_ID },
      select: { passwordResetProcessEnabled: true, passwordResetSenderUserId: true },
    });
    await tx.settings.update({
      where: { id: SETTINGS_ID },
      data: { passwordResetProcessEnabled: enabled, passwordResetSenderUserId: senderUserId },
    });
    // The outbox routes password-reset emails by the PASSWORD_RESET notification's sender
    // (sender-routing.ts): it follows the process, so there is one From and one switch.
    await tx.notificationSetting.upsert({
      where: { kind: "PASSWORD_RESET" },
      create: { kind: "PASSWORD_RESET", enabled, senderUserId },
      update: { enabled, senderUserId },
    });
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: enabled ? "process.password_reset.enabled" : "process.password_reset.disabled",
      entityType: "settings",
      entityId: String(SETTINGS_ID),
      data: {
        before: { enabled: before.passwordResetProcessEnabled, senderUserId: before.passwordResetSenderUserId },
        after: { enabled, senderUserId },
      },
    });
    return ok();
  });
}
