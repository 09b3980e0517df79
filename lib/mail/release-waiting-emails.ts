/**
 * Emails wait (QUEUED, waitingForMailbox) while no enabled mailbox can send them. The
 * mailbox "Test and enable" use case calls this in its transaction so they leave at once;
 * the worker's periodic sweep also finds them (within a minute) when the way they route
 * changed some other way (default mailbox or notification sender changed).
 */
import type { Tx } from "../db/types";
import { enqueueOutboxJobs, prismaExecutor } from "./job-queue";

/**
 * Puts back in line every waiting email `mailboxId` may send: those forced to it and those
 * routed when sending (no mailbox of their own). The worker routes each again; one that
 * still has no enabled mailbox waits again, without counting an attempt. Returns how many.
 */
export async function releaseEmailsWaitingForMailbox(tx: Tx, mailboxId: string, now: Date = new Date()): Promise<number> {
  const released = await tx.outboxEmail.updateManyAndReturn({
    where: { status: "QUEUED", waitingForMailbox: true, OR: [{ mailboxId: null }, { mailboxId }] },
    data: { waitingForMailbox: false, lastError: null, nextAttemptAt: now },
    select: { id: true },
  });
  await enqueueOutboxJobs(
    prismaExecutor(tx),
    released.map((email) => ({ outboxEmailId: email.id })),
  );
  return released.length;
}
