// lib/mail/delivery-policy.ts and sender-routing.ts: the outbox's rules without I/O.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BACKOFF, classifyFailure, decideAfterFailure, outboxMessageId, retryDelaySeconds } from "@/lib/mail/delivery-policy";
import { chosenMailbox, sendingMailbox, type MailRouting, type SendingMailbox } from "@/lib/mail/sender-routing";

const smtpError = (fields: Record<string, unknown>) => Object.assign(new Error("SMTP error"), fields);

describe("classifyFailure", () => {
  it.each([
    ["550 mailbox unknown", smtpError({ code: "EENVELOPE", responseCode: 550 }), "permanent"],
    ["554 transaction failed", smtpError({ code: "EMESSAGE", responseCode: 554 }), "permanent"],
    ["535 authentication refused", smtpError({ code: "EAUTH", responseCode: 535 }), "permanent"],
    ["invalid recipient (no server answer)", smtpError({ code: "EENVELOPE" }), "permanent"],
    ["451 try again later", smtpError({ code: "EENVELOPE", responseCode: 451 }), "transient"],
    ["421 service shutting down", smtpError({ code: "EPROTOCOL", responseCode: 421 }), "transient"],
    ["connection refused", smtpError({ code: "ESOCKET", errno: -111 }), "transient"],
    ["connection closed", smtpError({ code: "ECONNECTION" }), "transient"],
    ["timeout", smtpError({ code: "ETIMEDOUT" }), "transient"],
    ["DNS failure", smtpError({ code: "EDNS" }), "transient"],
    ["every recipient refused for good", smtpError({ code: "EENVELOPE", responseCode: 550, rejectedErrors: [{ responseCode: 550 }, { responseCode: 553 }] }), "permanent"],
    ["every recipient refused, one only for now", smtpError({ code: "EENVELOPE", responseCode: 550, rejectedErrors: [{ responseCode: 550 }, { responseCode: 452 }] }), "transient"],
    ["something unknown", new Error("boom"), "transient"],
    ["not even an error", "boom", "transient"],
  ])("%s is %s", (_label, error, expected) => {
    expect(classifyFailure(error)).toBe(expected);
  });
});

describe("back-off", () => {
  it("doubles from the base delay up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((attempts) => retryDelaySeconds(attempts, DEFAULT_BACKOFF))).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  it("never waits less after more failures, nor more than the cap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 100 }), (attempts, base) => {
        const policy = { retryDelaySeconds: base, maxRetryDelaySeconds: 3600, maxAttempts: 10 };
        const delay = retryDelaySeconds(attempts, policy);
        expect(delay).toBeGreaterThanOrEqual(Math.min(base, 3600));
        expect(delay).toBeLessThanOrEqual(3600);
        expect(retryDelaySeconds(attempts + 1, policy)).toBeGreaterThanOrEqual(delay);
      }),
    );
  });

  it("retries transient failures until the attempt limit, and never a permanent one", () => {
    expect(decideAfterFailure("transient", 1, DEFAULT_BACKOFF)).toEqual({ action: "retry", delaySeconds: 30 });
    expect(decideAfterFailure("transient", 9, DEFAULT_BACKOFF)).toEqual({ action: "retry", delaySeconds: 3600 });
    expect(decideAfterFailure("transient", 10, DEFAULT_BACKOFF)).toEqual({ action: "fail", reason: "attempts_exhausted" });
    expect(decideAfterFailure("permanent", 1, DEFAULT_BACKOFF)).toEqual({ action: "fail", reason: "permanent" });
  });
});

describe("outboxMessageId", () => {
  it("derives the same Message-ID from the row on every attempt, in the sender's domain", () => {
    const id = "6f1c1f9e-3b1a-4a55-9a2b-0d6f8e3c2a10";
    expect(outboxMessageId(id, "bookings@brightwater.test")).toBe(`<${id}@brightwater.test>`);
    expect(outboxMessageId(id, "bookings@brightwater.test")).toBe(outboxMessageId(id, "bookings@brightwater.test"));
    expect(outboxMessageId(id, "no-domain")).toBe(`<${id}@fieldbook.invalid>`);
  });
});

describe("sender routing", () => {
  const mailbox = (id: string, status: SendingMailbox["status"], ownerUserId: string | null = null): SendingMailbox => ({
    id,
    displayName: id,
    fromAddress: `${id}@brightwater.test`,
    smtpHost: "127.0.0.1",
    smtpPort: 1025,
    tlsMode: "NONE",
    smtpUser: null,
    smtpPasswordEncrypted: null,
    status,
    ownerUserId,
    updatedAt: new Date(0),
  });
  const routing = (mailboxes: SendingMailbox[], defaultMailboxId: string | null, senders: [string, string][] = []): MailRouting => ({
    defaultMailboxId,
    senderUserIdByNotification: new Map(senders as [never, string][]),
    mailboxesById: new Map(mailboxes.map((entry) => [entry.id, entry])),
    mailboxesByOwnerUserId: new Map(mailboxes.filter((entry) => entry.ownerUserId).map((entry) => [entry.ownerUserId!, entry])),
  });

  it("prefers the email's own mailbox, then the notification sender's, then the default", () => {
    const setup = routing([mailbox("default", "ENABLED"), mailbox("nadia", "ENABLED", "user-nadia"), mailbox("forced", "ENABLED")], "default", [["PASSWORD_RESET", "user-nadia"]]);

    expect(sendingMailbox({ mailboxId: "forced", notification: "PASSWORD_RESET" }, setup)?.id).toBe("forced");
    expect(sendingMailbox({ mailboxId: null, notification: "PASSWORD_RESET" }, setup)?.id).toBe("nadia");
    expect(sendingMailbox({ mailboxId: null, notification: "BOOKING_CONFIRMATION" }, setup)?.id).toBe("default");
    expect(sendingMailbox({ mailboxId: null, notification: null }, setup)?.id).toBe("default");
  });

  it("sends only from an ENABLED mailbox, without falling back from the chosen one", () => {
    for (const status of ["PENDING_APPROVAL", "APPROVED", "DISABLED"] as const) {
      const setup = routing([mailbox("default", "ENABLED"), mailbox("nadia", status, "user-nadia")], "default", [["PASSWORD_RESET", "user-nadia"]]);
      expect(chosenMailbox({ mailboxId: null, notification: "PASSWORD_RESET" }, setup)?.id).toBe("nadia");
      expect(sendingMailbox({ mailboxId: null, notification: "PASSWORD_RESET" }, setup)).toBeNull();
      expect(sendingMailbox({ mailboxId: null, notification: null }, routing([mailbox("default", status)], "default"))).toBeNull();
    }
    expect(sendingMailbox({ mailboxId: null, notification: null }, routing([], null))).toBeNull();
    expect(sendingMailbox({ mailboxId: "deleted", notification: null }, routing([mailbox("default", "ENABLED")], "default"))).toBeNull();
  });

  it("uses the default mailbox when the notification's sender has no mailbox", () => {
    const setup = routing([mailbox("default", "ENABLED")], "default", [["PASSWORD_RESET", "user-without-mailbox"]]);
    expect(sendingMailbox({ mailboxId: null, notification: "PASSWORD_RESET" }, setup)?.id).toBe("default");
  });
});
