/**
 * Admin → Outbox → Retry: a FAILED email goes back in line, once. Its attempts start again
 * from zero (a fresh series with the full back-off), its last error is cleared; the audit
 * log keeps who retried it. Rows in any other status are not retryable: QUEUED and SENDING
 * are already on their way, SENT is done.
 */
import type { Db } from "../db/types";
import { fail, ok, type Result } from "../result";
import { enqueueOutboxJobs, prismaExecutor } from "./job-queue";
import { isUuid } from "./queries";

export interface RetryOutboxEmail {
  id: string;
  now: Date;
  /** Staff user who asked: recorded in the audit log when given. */
  actorUserId?: string;
}

export async function retryOutboxEmail(db: Db, command: RetryOutboxEmail): Promise<Result<void, "not_found" | "not_retryable">> {
  if (!isUuid(command.id)) return fail("not_found");
  return db.$transaction(async (tx) => {
    // The status guard is in the write: two admins clicking Retry queue it once.
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: command.id, status: "FAILED" },
      data: { status: "QUEUED", attempts: 0, lastError: null, waitingForMailbox: false, claimedAt: null, nextAttemptAt: command.now },
    });
    if (count === 0) {
      const exists = await tx.outboxEmail.count({ where: { id: command.id } });
      return fail(exists ? "not_retryable" : "not_found");
    }
    await enqueueOutboxJobs(prismaExecutor(tx), [{ outboxEmailId: command.id }]);
    if (command.actorUserId) {
      await tx.auditLog.create({
        data: { actorUserId: command.actorUserId, action: "outbox_email.retried", entityType: "outbox_email", entityId: command.id, createdAt: command.now },
      });
    }
    return ok();
  });
}
