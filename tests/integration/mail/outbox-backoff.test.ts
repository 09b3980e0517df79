// lib/mail/outbox-worker.ts: a transient failure is retried after an exponentially growing
// wait, and the email becomes FAILED after the attempt limit. Its own database and workers:
// no other worker may pick its job up with other settings.
import { describe, expect, it } from "vitest";
import { queueEmail } from "@/lib/mail/queue-email";
import { setUpTestDatabase } from "../../support/database";
import { startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, jobsFor, message, startTestWorkers } from "./mail-fixture";

const { db, url } = await setUpTestDatabase();
const smtp = await startTestSmtpServer({ refuseRecipient: () => ({ code: 451, message: "4.3.0 Try again later" }) });
await createTestMailbox(db, smtp);
await startTestWorkers(url, { maxAttempts: 3, retryDelaySeconds: 0.2, maxRetryDelaySeconds: 60, concurrency: 1 });

describe("outbox back-off", () => {
  it("waits twice as long after each failed attempt, then gives up after the attempt limit", async () => {
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("Greylisted forever")));
    // Each wait is read from the row (next attempt − time of the failure, database clock).
    const waitAfterAttempt = new Map<number, number>();

    await waitUntil(async () => {
      const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
      if (row.status === "QUEUED" && row.attempts > 0) waitAfterAttempt.set(row.attempts, row.nextAttemptAt.getTime() - row.updatedAt.getTime());
      return row.status === "FAILED";
    }, "the email FAILED");
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });

    expect(row.attempts).toBe(3);
    expect(row.lastError).toMatch(/^Gave up after 3 attempts\. Last error: .*451 4\.3\.0 Try again later/);
    expect(waitAfterAttempt.size).toBeGreaterThan(0);
    for (const [attempts, waitMs] of waitAfterAttempt) expect(waitMs).toBe(200 * 2 ** (attempts - 1));
    expect((await jobsFor(url, id)).filter((job) => ["created", "retry"].includes(job.state))).toEqual([]);
    expect(smtp.messages).toEqual([]);
  });
});
