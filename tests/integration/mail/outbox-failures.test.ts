// lib/mail/outbox-worker.ts: transient failures are retried with back-off and delivered once,
// permanent ones fail at once, a send interrupted by a dead worker is never repeated
// automatically, and staff can retry a failed email (retry-outbox-email.ts).
import { describe, expect, it } from "vitest";
import { DELIVERY_UNCERTAIN_MESSAGE } from "@/lib/mail/outbox-worker";
import { queueEmail } from "@/lib/mail/queue-email";
import { retryOutboxEmail } from "@/lib/mail/retry-outbox-email";
import { setUpTestDatabase } from "../../support/database";
import { startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, jobsFor, message, startTestWorkers } from "./mail-fixture";

const { db, url } = await setUpTestDatabase();
const smtp = await startTestSmtpServer({
  refuseRecipient: (address) =>
    address.startsWith("nobody@") ? { code: 550, message: "5.1.1 No such user here" } : address.startsWith("busy@") ? { code: 451, message: "4.3.0 Try again later" } : null,
});
await createTestMailbox(db, smtp);
const workers = await startTestWorkers(url);

const statusOf = async (id: string) => (await db.outboxEmail.findUniqueOrThrow({ where: { id } })).status;
const received = (subject: string) => smtp.messages.filter((entry) => entry.parsed.subject === subject);

describe("outbox failures", () => {
  it("keeps emails queued while the SMTP server is down, then delivers each exactly once when it is back", async () => {
    await smtp.stop();
    const ids = await Promise.all(
      ["Outage 1", "Outage 2", "Outage 3"].map(async (subject) => (await db.$transaction((tx) => queueEmail(tx, message(subject)))).id),
    );

    await waitUntil(
      async () => (await db.outboxEmail.findMany({ where: { id: { in: ids } } })).every((row) => row.attempts >= 2 && row.status === "QUEUED"),
      "every email has failed at least twice and is queued again",
    );
    const during = await db.outboxEmail.findMany({ where: { id: { in: ids } } });
    for (const row of during) {
      expect(row.status).toBe("QUEUED");
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(row.sentAt).toBeNull();
    }

    await smtp.start();
    await waitUntil(async () => (await db.outboxEmail.count({ where: { id: { in: ids }, status: "SENT" } })) === 3, "all three are SENT");

    for (const subject of ["Outage 1", "Outage 2", "Outage 3"]) expect(received(subject)).toHaveLength(1);
    const sent = await db.outboxEmail.findMany({ where: { id: { in: ids } } });
    expect(new Set(sent.map((row) => row.messageId)).size).toBe(3);
    for (const row of sent) {
      expect(row.lastError).toBeNull();
      expect(row.attempts).toBeGreaterThanOrEqual(3);
    }
  });

  it("fails at once, without retrying, when the server refuses the recipient for good (550)", async () => {
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("Unknown recipient", ["nobody@example.com"])));

    await waitUntil(async () => (await statusOf(id)) === "FAILED", "the email FAILED");
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });

    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/550 5\.1\.1 No such user here/);
    expect(received("Unknown recipient")).toEqual([]);
    expect((await jobsFor(url, id)).filter((job) => ["created", "retry"].includes(job.state))).toEqual([]);
  });

  it("fails at once for an address that is not one", async () => {
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("Not an address", ["not an address"])));

    await waitUntil(async () => (await statusOf(id)) === "FAILED", "the email FAILED");
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 1 });
    expect(received("Not an address")).toEqual([]);
  });

  it("sends to the recipients the server accepts and notes the one it refused", async () => {
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("Partly refused", ["claire.martin@example.com", "nobody@example.com"])));

    await waitUntil(async () => (await statusOf(id)) === "SENT", "the email is SENT");
    expect(received("Partly refused")[0]!.envelope.to).toEqual(["claire.martin@example.com"]);
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).lastError).toBe("Sent, but the server refused: nobody@example.com");
  });

  it("never sends again an email a dead worker left in SENDING: it becomes FAILED, delivery uncertain", async () => {
    const { id } = await db.$transaction(async (tx) => {
      const queued = await queueEmail(tx, message("Interrupted send"));
      // What a worker killed between its claim and the SMTP answer leaves behind.
      await tx.outboxEmail.update({ where: { id: queued.id }, data: { status: "SENDING", attempts: 1, claimedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
      return queued;
    });

    await waitUntil(async () => (await statusOf(id)) === "FAILED", "the email FAILED");
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 1, lastError: DELIVERY_UNCERTAIN_MESSAGE, sentAt: null });

    // The sweep finds abandoned sends nobody has a job for, too.
    const orphan = await db.outboxEmail.create({
      data: { ...message("Abandoned without a job"), status: "SENDING", attempts: 1, claimedAt: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    expect((await workers.sweep()).abandoned).toBe(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({ status: "FAILED", lastError: DELIVERY_UNCERTAIN_MESSAGE });
    expect(received("Interrupted send")).toEqual([]);
    expect(received("Abandoned without a job")).toEqual([]);
  });

  it("leaves alone an email another live worker is sending right now", async () => {
    const sending = await db.outboxEmail.create({ data: { ...message("Being sent elsewhere"), status: "SENDING", attempts: 1, claimedAt: new Date() } });

    expect((await workers.sweep()).abandoned).toBe(0);
    expect(await statusOf(sending.id)).toBe("SENDING");
  });

  it("sends a FAILED email once when staff retry it, and refuses to retry anything else", async () => {
    const failed = await db.outboxEmail.create({
      data: { ...message("Retried by staff"), status: "FAILED", attempts: 1, lastError: DELIVERY_UNCERTAIN_MESSAGE },
    });
    const now = new Date();

    const results = await Promise.all([retryOutboxEmail(db, { id: failed.id, now }), retryOutboxEmail(db, { id: failed.id, now })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, code: "not_retryable" });

    await waitUntil(async () => (await statusOf(failed.id)) === "SENT", "the retried email is SENT");
    expect(received("Retried by staff")).toHaveLength(1);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ attempts: 1, lastError: null });

    expect(await retryOutboxEmail(db, { id: failed.id, now })).toEqual({ ok: false, code: "not_retryable" });
    expect(await retryOutboxEmail(db, { id: "00000000-0000-4000-8000-000000000000", now })).toEqual({ ok: false, code: "not_found" });
    expect(await retryOutboxEmail(db, { id: "not-a-uuid", now })).toEqual({ ok: false, code: "not_found" });
    expect(received("Retried by staff")).toHaveLength(1);
  });

  it("records who retried an email in the audit log", async () => {
    const admin = await db.user.create({ data: { email: "admin-retry@fieldbook.test", staffRole: "ADMIN" } });
    const failed = await db.outboxEmail.create({ data: { ...message("Audited retry"), status: "FAILED", attempts: 10, lastError: "Gave up" } });

    expect(await retryOutboxEmail(db, { id: failed.id, now: new Date(), actorUserId: admin.id })).toEqual({ ok: true, value: undefined });
    expect(await db.auditLog.findMany({ where: { entityId: failed.id } })).toMatchObject([{ actorUserId: admin.id, action: "outbox_email.retried", entityType: "outbox_email" }]);
    await waitUntil(() => received("Audited retry").length === 1, "the retried email arrives");
  });
});
