import "server-only";
import { renderEmail } from "@/emails/render";
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { findEmailBrand } from "./mail-settings-queries";
import { releaseEmailsWaitingForMailbox } from "./release-waiting-emails";
import { decryptSecret } from "./secret-box";
import { type StaffMember } from "./staff-member";
import { verifyAndSendTestMessage } from "./transport";

/** Only an approved mailbox, or one disabled after approval, can be tested. */
const TESTABLE_STATUSES = ["APPROVED", "DISABLED"] as const;

export type TestAndEnableMailboxResult =
  | Ok<{ enabled: true }>
  | Fail<"not_found" | "not_testable" | "changed_meanwhile" | "password_undecryptable">
  /** The SMTP server refused or could not be reached; `serverMessage` is its own answer. */
  | (Fail<"smtp_test_failed"> & { serverMessage: string });

/**
 * "Test and enable mailbox" (product.md §4): connects to the SMTP server, authenticates and
 * sends a real test message to the mailbox's own address. Success enables the mailbox and
 * releases the emails that were waiting for it; failure keeps it disabled and stores the
 * server's answer (`lastTestError`) for the admin to read (product.md, failure 5).
 *
 * The SMTP conversation happens outside any transaction (it can take seconds); the result is
 * written only if the mailbox was not edited meanwhile (same `updatedAt`), so a test of old
 * settings never enables new ones.
 */
export async function testAndEnableMailbox(
  db: Db,
  cmd: { mailboxId: string; by: StaffMember; now: Date; locale: string },
): Promise<TestAndEnableMailboxResult> {
  const mailbox = await db.mailbox.findUnique({ where: { id: cmd.mailboxId } });
  if (!mailbox) return fail("not_found");
  if (!(TESTABLE_STATUSES as readonly string[]).includes(mailbox.status)) return fail("not_testable");

  const password = mailbox.smtpPasswordEncrypted ? decryptSecret(mailbox.smtpPasswordEncrypted) : null;
  if (password && !password.ok) {
    return recordFailure(db, cmd, mailbox.updatedAt, fail("password_undecryptable"), "The stored SMTP password cannot be decrypted with FIELDBOOK_SECRET_KEY: edit the mailbox and type the password again.");
  }

  const { brand, timeZone } = await findEmailBrand(db);
  const message = await renderEmail(
    "mailbox-test",
    {
      mailboxName: mailbox.displayName,
      fromAddress: mailbox.fromAddress,
      smtpHost: mailbox.smtpHost,
      sentAt: cmd.now.toISOString(),
      timeZone,
    },
    { locale: cmd.locale, brand },
  );
  const sent = await verifyAndSendTestMessage(mailbox, password ? password.value : null, { to: mailbox.fromAddress, ...message });

  if (!sent.ok) {
    return recordFailure(db, cmd, mailbox.updatedAt, { ...fail("smtp_test_failed"), serverMessage: sent.serverMessage }, sent.serverMessage);
  }

  return db.$transaction(async (tx) => {
    const { count } = await tx.mailbox.updateMany({
      where: { id: mailbox.id, status: { in: [...TESTABLE_STATUSES] }, updatedAt: mailbox.updatedAt },
      data: { status: "ENABLED", testedAt: cmd.now, lastTestError: null },
    });
    if (count === 0) return fail("changed_meanwhile");
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: "mailbox.enabled",
      entityType: "mailbox",
      entityId: mailbox.id,
      data: { fromStatus: mailbox.status, testMessageId: sent.value.messageId },
    });
    await releaseEmailsWaitingForMailbox(tx, mailbox.id, cmd.now);
    return ok({ enabled: true as const });
  });
}

async function recordFailure<F extends Fail<string>>(
  db: Db,
  cmd: { mailboxId: string; by: StaffMember; now: Date },
  readAt: Date,
  failure: F,
  lastTestError: string,
): Promise<F | Fail<"changed_meanwhile">> {
  return db.$transaction(async (tx) => {
    // The status stays as it was: a failed test never enables, and never disables further.
    const { count } = await tx.mailbox.updateMany({
      where: { id: cmd.mailboxId, status: { in: [...TESTABLE_STATUSES] }, updatedAt: readAt },
      data: { testedAt: cmd.now, lastTestError },
    });
    if (count === 0) return fail("changed_meanwhile");
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: "mailbox.test_failed",
      entityType: "mailbox",
      entityId: cmd.mailboxId,
      data: { code: failure.code, error: lastTestError },
    });
    return failure;
  });
}
