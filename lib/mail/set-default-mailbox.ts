import "server-only";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { type StaffMember } from "./staff-member";

/**
 * Chooses the mailbox that sends notifications without a sender of their own
 * (Settings.defaultMailboxId); null leaves them without one (they wait in the outbox).
 */
export async function setDefaultMailbox(
  db: Db,
  cmd: { mailboxId: string | null; by: StaffMember; now: Date },
): Promise<Result<void, "not_found">> {
  return db.$transaction(async (tx) => {
    if (cmd.mailboxId && (await tx.mailbox.count({ where: { id: cmd.mailboxId } })) === 0) return fail("not_found");
    const before = await tx.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID }, select: { defaultMailboxId: true } });
    await tx.settings.update({ where: { id: SETTINGS_ID }, data: { defaultMailboxId: cmd.mailboxId } });
    await writeAuditLog(tx, {
      by: cmd.by,
      now: cmd.now,
      action: "settings.default_mailbox.changed",
      entityType: "settings",
      entityId: String(SETTINGS_ID),
      data: { before: before.defaultMailboxId, after: cmd.mailboxId },
    });
    return ok();
  });
}
