import { describe, expect, it } from "vitest";
import { CreateMailboxInput, SetPasswordResetProcessInput, UpdateMailboxInput } from "../../../lib/mail/schemas";

const valid = {
  displayName: "  Brightwater Services  ",
  fromAddress: "  Bookings@Brightwater.EXAMPLE ",
  smtpHost: " SMTP.Brightwater.example ",
  smtpPort: "587",
  tlsMode: "STARTTLS",
  smtpUser: " bookings@brightwater.example ",
  smtpPassword: " spaces kept ",
  ownerUserId: "",
};

function firstMessage(input: unknown, schema: { safeParse(value: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } } = CreateMailboxInput) {
  const issue = schema.safeParse(input).error?.issues[0];
  return issue ? { field: issue.path[0], message: issue.message } : null;
}

describe("CreateMailboxInput", () => {
  it("trims, lowercases the address and host, coerces the port, keeps the password as typed", () => {
    expect(CreateMailboxInput.parse(valid)).toEqual({
      displayName: "Brightwater Services",
      fromAddress: "bookings@brightwater.example",
      smtpHost: "smtp.brightwater.example",
      smtpPort: 587,
      tlsMode: "STARTTLS",
      smtpUser: "bookings@brightwater.example",
      smtpPassword: " spaces kept ",
      ownerUserId: null,
    });
  });

  it.each([
    ["0", "admin.mail.errors.portInvalid"],
    ["65536", "admin.mail.errors.portInvalid"],
    ["25.5", "admin.mail.errors.portInvalid"],
    ["smtp", "admin.mail.errors.portInvalid"],
  ])("refuses port %s", (smtpPort, message) => {
    expect(firstMessage({ ...valid, smtpPort })).toEqual({ field: "smtpPort", message });
  });

  it("accepts ports 1 and 65535", () => {
    expect(CreateMailboxInput.parse({ ...valid, smtpPort: "1" }).smtpPort).toBe(1);
    expect(CreateMailboxInput.parse({ ...valid, smtpPort: 65535 }).smtpPort).toBe(65535);
  });

  it.each(["smtp://mail.example.com", "mail.example.com:587", "mail_server", "-mail.example.com", "mail..example.com"])(
    "refuses the host %s",
    (smtpHost) => {
      expect(firstMessage({ ...valid, smtpHost })).toEqual({ field: "smtpHost", message: "admin.mail.errors.hostInvalid" });
    },
  );

  it.each(["127.0.0.1", "localhost", "mail.example.com", "::1"])("accepts the host %s", (smtpHost) => {
    expect(CreateMailboxInput.safeParse({ ...valid, smtpHost }).success).toBe(true);
  });

  it("refuses an address that is not one, and a user without a password", () => {
    expect(firstMessage({ ...valid, fromAddress: "bookings" })).toEqual({ field: "fromAddress", message: "admin.mail.errors.fromAddressInvalid" });
    expect(firstMessage({ ...valid, smtpPassword: "" })).toEqual({ field: "smtpPassword", message: "admin.mail.errors.passwordRequired" });
  });

  it("needs no password without a user (a local relay)", () => {
    expect(CreateMailboxInput.parse({ ...valid, smtpUser: " ", smtpPassword: "" })).toMatchObject({ smtpUser: null, smtpPassword: null });
  });
});

describe("UpdateMailboxInput", () => {
  it("reads a blank password as 'keep the stored one'", () => {
    const parsed = UpdateMailboxInput.parse({ ...valid, mailboxId: "5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42", smtpPassword: "" });
    expect(parsed.smtpPassword).toBeNull();
  });
});

describe("SetPasswordResetProcessInput", () => {
  it("needs a sender to switch the process on, not to switch it off", () => {
    expect(firstMessage({ enabled: true, senderUserId: "" }, SetPasswordResetProcessInput)).toEqual({
      field: "senderUserId",
      message: "admin.mail.errors.senderRequired",
    });
    expect(SetPasswordResetProcessInput.parse({ enabled: false, senderUserId: "" })).toEqual({ enabled: false, senderUserId: null });
  });
});
