// lib/mail/transport.ts: the "Test and enable mailbox" probe against a real SMTP server.
import { describe, expect, it } from "vitest";
import { verifyAndSendTestMessage, type MailboxConnection } from "@/lib/mail/transport";
import { findFreePort } from "@/scripts/postgres/temporary";
import { addressesOf, startTestSmtpServer } from "../../support/smtp-server";

const smtp = await startTestSmtpServer({ auth: { user: "bookings", pass: "right-password" } });
const mailbox = (port: number): MailboxConnection => ({
  displayName: "Brightwater Services",
  fromAddress: "bookings@brightwater.test",
  smtpHost: "127.0.0.1",
  smtpPort: port,
  tlsMode: "NONE",
  smtpUser: "bookings",
});
const testMessage = { to: "bookings@brightwater.test", subject: "Fieldbook test message", html: "<p>It works.</p>", text: "It works." };

describe("verifyAndSendTestMessage", () => {
  it("logs in and delivers the test message", async () => {
    const result = await verifyAndSendTestMessage(mailbox(smtp.port), "right-password", testMessage);

    expect(result.ok).toBe(true);
    const delivered = smtp.messages.find((entry) => entry.parsed.subject === "Fieldbook test message");
    expect(delivered?.parsed.messageId).toBe(result.ok ? result.value.messageId : "");
    expect(addressesOf(delivered?.parsed.to)).toEqual(["bookings@brightwater.test"]);
    expect(delivered?.parsed.text?.trim()).toBe("It works.");
  });

  it("returns the server's own words when it refuses the login", async () => {
    const before = smtp.messages.length;
    const result = await verifyAndSendTestMessage(mailbox(smtp.port), "wrong-password", testMessage);

    expect(result).toMatchObject({ ok: false, code: "authentication_failed" });
    expect(!result.ok && result.serverMessage).toMatch(/535 Authentication credentials invalid/);
    expect(!result.ok && result.serverMessage).not.toContain("wrong-password");
    expect(smtp.messages.length).toBe(before);
  });

  it("says the connection failed when nothing listens", async () => {
    const result = await verifyAndSendTestMessage(mailbox(await findFreePort()), "right-password", testMessage);

    expect(result).toMatchObject({ ok: false, code: "connection_failed" });
    expect(!result.ok && result.serverMessage).toMatch(/ECONNREFUSED|connect/i);
  });
});
