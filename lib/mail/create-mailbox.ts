import "server-only";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { findStaffOwner } from "./mailbox-owner";
import { type CreateMailboxInput } from "./schemas";
import { encryptSecret } from "./secret-box";
import { type StaffMember } from "./staff-member";

export type CreateMailboxError = "owner_not_staff" | "owner_has_mailbox";

/**
 * Adds an SMTP mailbox, pending approval (product.md §4: add → approve email → test and
 * enable; only an enabled mailbox sends). The password is encrypted before it is stored and
 * never read back by a page.
 */
export async function createMailbox(
  db: Db,
  cmd: { input: CreateMailboxInput; by: StaffMember; now: Date },
): Promise<Result<{ mailboxId: string }, CreateMailboxError>> {
  const { input } = cmd;
  const smtpPasswordEncrypted = input.smtpPassword ? encryptSecret(input.smtpPassword) : null;
  try {
    return await db.$transaction(async (tx) => {
      if (input.ownerUserId && !(await findStaffOwner(tx, input.ownerUserId))) {
        return fail("owner_not_staff", { ownerUserId: "admin.mail.errors.ownerNotStaff" });
      }
      const mailbox = await tx.mailbox.create({
        data: {
          displayName: input.displayName,
          fromAddress: input.fromAddress,
          smtpHost: input.smtpHost,
          smtpPort: input.smtpPort,
          tlsMode: input.tlsMode,
          smtpUser: input.smtpUser,
          smtpPasswordEncrypted,
          ownerUserId: input.ownerUserId,
          status: "PENDING_APPROVAL",
          createdAt: cmd.now,
        },
        select: { id: true },
      });
      await writeAuditLog(tx, {
        by: cmd.by,
        now: cmd.now,
        action: "mailbox.created",
        entityType: "mailbox",
        entityId: mailbox.id,
        data: {
          displayName: input.displayName,
          fromAddress: input.fromAddress,
          smtpHost: input.smtpHost,
          smtpPort: input.smtpPort,
          tlsMode: input.tlsMode,
          smtpUser: input.smtpUser,
          ownerUserId: input.ownerUserId,
          passwordSet: smtpPasswordEncrypted !== null,
        },
      });
      return ok({ mailboxId: mailbox.id });
    });
  } catch (error) {
    // One mailbox per staff user (mailboxes.owner_user_id is unique).
    if (isUniqueViolation(error)) return fail("owner_has_mailbox", { ownerUserId: "admin.mail.errors.ownerHasMailbox" });
    throw error;
  }
}
