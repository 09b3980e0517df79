// lib/mail/queue-email.ts + outbox-worker.ts: an email is a row written in the caller's
// transaction with its pg-boss job; the worker delivers it to a real SMTP server.
import { describe, expect, it } from "vitest";
import { queueEmail } from "@/lib/mail/queue-email";
import { setUpTestDatabase } from "../../support/database";
import { createBookingFixture, createTechnician } from "../../support/fixtures";
import { addressesOf, startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, jobsFor, message, startTestWorkers } from "./mail-fixture";

const { db, url } = await setUpTestDatabase();
const smtp = await startTestSmtpServer();
const mailbox = await createTestMailbox(db, smtp);
await startTestWorkers(url);

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Fieldbook//EN",
  "METHOD:REQUEST",
  "BEGIN:VEVENT",
  "UID:appointment-1042@fieldbook.test",
  "SEQUENCE:0",
  "DTSTAMP:20261125T090000Z",
  "DTSTART;TZID=Europe/Paris:20261201T090000",
  "DTEND;TZID=Europe/Paris:20261201T100000",
  "SUMMARY:Heat pump annual maintenance",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

const received = (subject: string) => smtp.messages.filter((entry) => entry.parsed.subject === subject);

describe("the outbox", () => {
  it("delivers a queued email with its subject, recipients, HTML and text parts and a Message-ID from its row", async () => {
    const { id } = await db.$transaction((tx) =>
      queueEmail(tx, {
        to: ["claire.martin@example.com"],
        cc: ["office@example.com"],
        subject: "Your visit is booked — 1 December, 09:00 (Paris)",
        html: "<h1>Booked</h1><p>See you on <strong>1 December</strong>.</p>",
        text: "Booked. See you on 1 December.",
        template: "booking-confirmation",
      }),
    );

    await waitUntil(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id } })).status === "SENT", "the email is SENT");
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    const [delivered] = received("Your visit is booked — 1 December, 09:00 (Paris)");

    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, claimedAt: null, messageId: `<${id}@brightwater.test>` });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(delivered).toBeDefined();
    expect(delivered!.parsed.messageId).toBe(`<${id}@brightwater.test>`);
    expect(delivered!.parsed.from?.value).toEqual([{ name: "Brightwater Services", address: "bookings@brightwater.test" }]);
    expect(addressesOf(delivered!.parsed.to)).toEqual(["claire.martin@example.com"]);
    expect(addressesOf(delivered!.parsed.cc)).toEqual(["office@example.com"]);
    expect(delivered!.envelope).toEqual({ from: mailbox.fromAddress, to: ["claire.martin@example.com", "office@example.com"] });
    expect(delivered!.parsed.html).toContain("<strong>1 December</strong>");
    expect(delivered!.parsed.text?.trim()).toBe("Booked. See you on 1 December.");
    expect(delivered!.parsed.attachments).toEqual([]);
  });

  it("attaches the calendar invitation as text/calendar; method=REQUEST when asked", async () => {
    const { id } = await db.$transaction((tx) =>
      queueEmail(tx, { ...message("Booking with ICS"), template: "booking-confirmation", ics: { method: "REQUEST", content: ICS } }),
    );

    await waitUntil(() => received("Booking with ICS").length === 1, "the email arrives");
    const [delivered] = received("Booking with ICS");
    const calendarParts = delivered!.parsed.attachments.filter((attachment) => attachment.contentType === "text/calendar");

    expect(calendarParts).toHaveLength(1);
    // …and as a file for clients that ignore the calendar part.
    expect(delivered!.parsed.attachments.filter((attachment) => attachment.filename === "invite.ics")).toHaveLength(1);
    expect(delivered!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(calendarParts[0]!.content.toString("utf8").replace(/\r\n/g, "\n")).toBe(ICS.replace(/\r\n/g, "\n"));
    expect(delivered!.parsed.text?.trim()).toBe("Booking with ICS");
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ icsMethod: "REQUEST", icsAttachment: ICS });
  });

  it("writes nothing, queues no job and sends nothing when the caller's transaction rolls back", async () => {
    const fixture = await createBookingFixture(db);
    const technician = await createTechnician(db);
    const before = await db.outboxEmail.count();
    let queuedId: string | undefined;

    await expect(
      db.$transaction(async (tx) => {
        const appointment = await tx.appointment.create({
          data: fixture.appointmentData(technician.id, "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z"),
        });
        queuedId = (await queueEmail(tx, { ...message("Rolled back booking"), appointmentId: appointment.id })).id;
        throw new Error("the booking failed after queueing its email");
      }),
    ).rejects.toThrow("the booking failed");

    // Something sent after the rolled-back one arrives: had the first been queued, it would be there too.
    const { id: laterId } = await db.$transaction((tx) => queueEmail(tx, message("Sent after the rollback")));
    await waitUntil(() => received("Sent after the rollback").length === 1, "the later email arrives");
    await waitUntil(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id: laterId } })).status === "SENT", "the later email is SENT");

    expect(queuedId).toBeDefined();
    expect(await db.outboxEmail.count()).toBe(before + 1);
    expect(await db.appointment.count()).toBe(0);
    expect(await jobsFor(url, queuedId!)).toEqual([]);
    expect(received("Rolled back booking")).toEqual([]);
  });

  it("commits the row and its job together, and links the email to its appointment and contact", async () => {
    const fixture = await createBookingFixture(db);
    const technician = await createTechnician(db);

    const { appointment, email } = await db.$transaction(async (tx) => {
      const created = await tx.appointment.create({ data: fixture.appointmentData(technician.id, "2026-12-02T08:00:00Z", "2026-12-02T09:00:00Z") });
      const queued = await queueEmail(tx, {
        ...message("Committed booking"),
        notification: "BOOKING_CONFIRMATION",
        appointmentId: created.id,
        contactId: fixture.contact.id,
      });
      return { appointment: created, email: queued };
    });

    expect((await jobsFor(url, email.id)).length).toBe(1);
    await waitUntil(() => received("Committed booking").length === 1, "the email arrives");
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      appointmentId: appointment.id,
      contactId: fixture.contact.id,
      notification: "BOOKING_CONFIRMATION",
      template: "test",
    });
  });

  it("queues one email per dedupe key, even when asked twice", async () => {
    const first = await db.$transaction((tx) => queueEmail(tx, { ...message("Reminder once"), dedupeKey: "reminder:a-1042:2026-12-01T08:00Z" }));
    const second = await db.$transaction(async (tx) => {
      const again = await queueEmail(tx, { ...message("Reminder once"), dedupeKey: "reminder:a-1042:2026-12-01T08:00Z" });
      // The caller's transaction is still usable after the duplicate.
      await tx.settings.findFirst();
      return again;
    });

    expect(first.queued).toBe(true);
    expect(second).toEqual({ id: first.id, queued: false });
    await waitUntil(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id: first.id } })).status === "SENT", "the email is SENT");
    expect(await db.outboxEmail.count({ where: { dedupeKey: "reminder:a-1042:2026-12-01T08:00Z" } })).toBe(1);
    expect(received("Reminder once")).toHaveLength(1);
  });

  it("delivers many emails queued at once, each exactly once", async () => {
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, index) => db.$transaction((tx) => queueEmail(tx, message(`Bulk ${index}`)))),
    );

    await waitUntil(async () => (await db.outboxEmail.count({ where: { id: { in: ids.map((entry) => entry.id) }, status: "SENT" } })) === 40, "all 40 are SENT");
    const bulk = smtp.messages.filter((entry) => entry.parsed.subject?.startsWith("Bulk "));
    expect(bulk).toHaveLength(40);
    expect(new Set(bulk.map((entry) => entry.parsed.messageId)).size).toBe(40);
  });
});
