import "server-only";
import { type MailboxStatus } from "@prisma/client";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { findStaffOwner } from "./mailbox-owner";
import { switchOffPasswordResetIfSenderCannotSend } from "./password-reset-sender";
import { type UpdateMailboxInput } from "./schemas";
import { encryptSecret } from "./secret-box";
import { type StaffMember } from "./staff-member";

export type UpdateMailboxError = "not_found" | "changed_meanwhile" | "owner_not_staff" | "owner_has_mailbox";

/**
 * Edits a mailbox's settings. Any edit stops it sending until it passes "Test and enable"
 * again (issue 4: "Disable/edit sends it back through the test"):
 * - an approved, enabled or disabled mailbox goes back to APPROVED;
 * - a new From address needs a new approval (the approval was for the old address), so it
 *   goes back to PENDING_APPROVAL; a mailbox still pending stays pending.
 * A blank password keeps the stored one. If its owner was the password-reset sender, the
 * process is switched off (password-reset-sender.ts).
 */
export async function updateMailbox(
  db: Db,
  cmd: { input: UpdateMailboxInput; by: StaffMember; now: Date },
): Promise<Result<{ status: MailboxStatus; passwordResetProcessSwitchedOff: boolean }, UpdateMailboxError>> {
  const { input } = cmd;
  const newPasswordEncrypted = input.smtpPassword ? encryptSecret(input.smtpPassword) : undefined;
  try {
    return await db.$transaction(async (tx) => {
      const found = await tx.mailbox.findUnique({
        where: { id: input.mailboxId },
        select: { id: true, status: true, fromAddress: true, smtpUser: true, ownerUserId: true },
      });
      if (!found) return fail("not_found");
      if (input.ownerUserId && input.ownerUserId !== found.ownerUserId && !(await findStaffOwner(tx, input.ownerUserId))) {
        return fail("owner_not_staff", { ownerUserId: "admin.mail.errors.ownerNotStaff" });
      }

      const addressChanged = input.fromAddress !== found.fromAddress;
      const status: MailboxStatus = found.status === "PENDING_APPROVAL" || addressChanged ? "PENDING_APPROVAL" : "APPROVED";
      // Without a user there is nothing to authenticate with: drop a stored password.
      const smtpPasswordEncrypted = input.smtpUser === null ? null : newPasswordEncrypted;

      // Guarded on the status read: an approval or a test finishing meanwhile is not overwritten.
      const { count } = await tx.mailbox.updateMany({
        where: { id: found.id, status: found.status },
        data: {
          displayName: input.displayName,
          fromAddress: input.fromAddress,
          smtpHost: input.smtpHost,
          smtpPort: input.smtpPort,
          tlsMode: input.tlsMode,
          smtpUser: input.smtpUser,
          ...(smtpPasswordEncrypted !== undefined ? { smtpPasswordEncrypted } : {}),
          ownerUserId: input.ownerUserId,
          status,
          lastTestError: null,
          ...(status === "PENDING_APPROVAL" ? { approvedById: null, approvedAt: null } : {}),
        },
      });
      if (count === 0) return fail("changed_meanwhile");

      await writeAuditLog(tx, {
        by: cmd.by,
        now: cmd.now,
        action: "mailbox.updated",
        entityType: "mailbox",
        entityId: found.id,
        data: {
          fromStatus: found.status,
          toStatus: status,
          displayName: input.displayName,
          fromAddress: input.fromAddress,
          smtpHost: input.smtpHost,
          smtpPort: input.smtpPort,
          tlsMode: input.tlsMode,
          smtpUser: input.smtpUser,
          ownerUserId: input.ownerUserId,
          passwordChanged: smtpPasswordEncrypted !== undefined,
        },
      });
      const passwordResetProcessSwitchedOff = await switchOffPasswordResetIfSenderCannotSend(tx, {
        by: cmd.by,
        now: cmd.now,
        mailboxId: found.id,
        cause: "mailbox.updated",
      });
      return ok({ status, passwordResetProcessSwitchedOff });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("owner_has_mailbox", { ownerUserId: "admin.mail.errors.ownerHasMailbox" });
    throw error;
  }
}
