// lib/mail/sender-routing.ts + release-waiting-emails.ts: only an enabled mailbox sends; an
// email with no enabled mailbox waits (no attempt counted) and leaves once one is enabled.
// SMTP passwords are stored encrypted and never appear in logs.
import { describe, expect, it } from "vitest";
import { SETTINGS_ID } from "@/lib/db/types";
import { WAITING_FOR_MAILBOX_MESSAGE } from "@/lib/mail/outbox-worker";
import { queueEmail } from "@/lib/mail/queue-email";
import { releaseEmailsWaitingForMailbox } from "@/lib/mail/release-waiting-emails";
import { setUpTestDatabase } from "../../support/database";
import { startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { TEST_SECRET_KEY, createTestMailbox, message, startTestWorkers } from "./mail-fixture";

const { db, url } = await setUpTestDatabase();
const SMTP_PASSWORD = "Sm7p-pa55word-never-logged";
const smtp = await startTestSmtpServer({ auth: { user: "bookings", pass: SMTP_PASSWORD } });
const workers = await startTestWorkers(url);

const rowOf = (id: string) => db.outboxEmail.findUniqueOrThrow({ where: { id } });
const received = (subject: string) => smtp.messages.filter((entry) => entry.parsed.subject === subject);
const waitingFor = async (id: string) => {
  await waitUntil(async () => (await rowOf(id)).waitingForMailbox, "the email waits for a mailbox");
  return rowOf(id);
};

describe("which mailbox sends", () => {
  it("sends nothing while the default mailbox is disabled, and sends once it is enabled and released", async () => {
    const mailbox = await createTestMailbox(db, smtp, { status: "DISABLED", user: "bookings", password: SMTP_PASSWORD });
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("Waits for the mailbox")));

    const waiting = await waitingFor(id);
    expect(waiting).toMatchObject({ status: "QUEUED", attempts: 0, lastError: WAITING_FOR_MAILBOX_MESSAGE });
    expect(received("Waits for the mailbox")).toEqual([]);
    // Sweeps do not release it while the mailbox stays disabled.
    expect((await workers.sweep()).released).toBe(0);

    const released = await db.$transaction(async (tx) => {
      await tx.mailbox.update({ where: { id: mailbox.id }, data: { status: "ENABLED" } });
      return releaseEmailsWaitingForMailbox(tx, mailbox.id);
    });

    expect(released).toBe(1);
    await waitUntil(async () => (await rowOf(id)).status === "SENT", "the email is SENT");
    expect(await rowOf(id)).toMatchObject({ attempts: 1, lastError: null, waitingForMailbox: false });
    expect(received("Waits for the mailbox")).toHaveLength(1);
  });

  it("waits when no mailbox is configured at all", async () => {
    await db.settings.update({ where: { id: SETTINGS_ID }, data: { defaultMailboxId: null } });
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("No mailbox at all")));

    expect(await waitingFor(id)).toMatchObject({ status: "QUEUED", attempts: 0 });
    expect(received("No mailbox at all")).toEqual([]);
  });

  it("sends a notification from its sender user's mailbox, and waits while that mailbox is not enabled", async () => {
    const defaultMailbox = await createTestMailbox(db, smtp, { fromAddress: "bookings@brightwater.test", user: "bookings", password: SMTP_PASSWORD });
    const sender = await db.user.create({ data: { email: "nadia.benali@brightwater.test", name: "Nadia Benali", staffRole: "ADMIN" } });
    const sendersMailbox = await createTestMailbox(db, smtp, {
      displayName: "Nadia Benali",
      fromAddress: "nadia.benali@brightwater.test",
      ownerUserId: sender.id,
      status: "APPROVED",
      user: "bookings",
      password: SMTP_PASSWORD,
      asDefault: false,
    });
    await db.notificationSetting.upsert({
      where: { kind: "PASSWORD_RESET" },
      create: { kind: "PASSWORD_RESET", senderUserId: sender.id },
      update: { senderUserId: sender.id },
    });

    const { id: resetId } = await db.$transaction((tx) => queueEmail(tx, { ...message("Reset your password"), notification: "PASSWORD_RESET" }));
    const { id: bookingId } = await db.$transaction((tx) => queueEmail(tx, { ...message("Booked from the default"), notification: "BOOKING_CONFIRMATION" }));

    await waitUntil(async () => (await rowOf(bookingId)).status === "SENT", "the booking email is SENT");
    expect(received("Booked from the default")[0]!.envelope.from).toBe(defaultMailbox.fromAddress);
    // The sender's mailbox is only approved: no fallback to the default, the email waits.
    expect(await waitingFor(resetId)).toMatchObject({ status: "QUEUED", attempts: 0 });

    // Enabled some other way than the enable use case: the sweep finds it.
    await db.mailbox.update({ where: { id: sendersMailbox.id }, data: { status: "ENABLED" } });
    expect((await workers.sweep()).released).toBeGreaterThanOrEqual(1);
    await waitUntil(async () => (await rowOf(resetId)).status === "SENT", "the reset email is SENT");
    const [reset] = received("Reset your password");
    expect(reset!.envelope.from).toBe("nadia.benali@brightwater.test");
    expect(reset!.parsed.from?.value).toEqual([{ name: "Nadia Benali", address: "nadia.benali@brightwater.test" }]);
  });

  it("uses the mailbox an email was queued for, and never a disabled one", async () => {
    const forced = await createTestMailbox(db, smtp, { fromAddress: "dispatch@brightwater.test", status: "DISABLED", user: "bookings", password: SMTP_PASSWORD, asDefault: false });
    const { id } = await db.$transaction((tx) => queueEmail(tx, { ...message("Forced mailbox"), mailboxId: forced.id }));

    expect(await waitingFor(id)).toMatchObject({ status: "QUEUED", attempts: 0 });
    expect(received("Forced mailbox")).toEqual([]);

    await db.$transaction(async (tx) => {
      await tx.mailbox.update({ where: { id: forced.id }, data: { status: "ENABLED" } });
      await releaseEmailsWaitingForMailbox(tx, forced.id);
    });
    await waitUntil(async () => (await rowOf(id)).status === "SENT", "the email is SENT");
    expect(received("Forced mailbox")[0]!.envelope.from).toBe("dispatch@brightwater.test");
  });

  it("stores SMTP passwords encrypted, logs in with them, and never writes them or the key to logs or rows", async () => {
    const wrong = await createTestMailbox(db, smtp, { fromAddress: "wrong@brightwater.test", user: "bookings", password: "not-the-password", asDefault: false });
    const { id } = await db.$transaction((tx) => queueEmail(tx, { ...message("Wrong password"), mailboxId: wrong.id }));

    await waitUntil(async () => (await rowOf(id)).status === "FAILED", "the email FAILED");
    expect((await rowOf(id)).lastError).toMatch(/535/);
    expect(smtp.refusedLogins).toBeGreaterThan(0);

    const mailboxes = await db.mailbox.findMany();
    const everything = JSON.stringify({ mailboxes, outbox: await db.outboxEmail.findMany(), logs: workers.logs });
    expect(mailboxes.every((mailbox) => mailbox.smtpPasswordEncrypted?.startsWith("v1:"))).toBe(true);
    expect(everything).not.toContain(SMTP_PASSWORD);
    expect(everything).not.toContain("not-the-password");
    expect(everything).not.toContain(TEST_SECRET_KEY);
    expect(workers.logs.length).toBeGreaterThan(0);
  });
});
