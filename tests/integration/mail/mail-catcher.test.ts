// scripts/mail-catcher.ts: the development mail catcher stores every message the demo
// mailbox sends, parsed, for Admin → Mail catcher.
import { describe, expect, it } from "vitest";
import { queueEmail } from "@/lib/mail/queue-email";
import { startMailCatcher } from "@/scripts/mail-catcher";
import { setUpTestDatabase } from "../../support/database";
import { waitUntil } from "../../support/smtp-server";
import { createTestMailbox, message, startTestWorkers } from "./mail-fixture";

const { db, url } = await setUpTestDatabase();
const catcher = await startMailCatcher({ connectionString: url, port: 0, keep: 5 });
await createTestMailbox(db, catcher);
await startTestWorkers(url);

describe("the mail catcher", () => {
  it("catches what the outbox sends, parsed: sender, every recipient, subject, HTML, text and the ICS", async () => {
    await db.$transaction((tx) =>
      queueEmail(tx, {
        ...message("Your invitation to the Brightwater portal", ["Claire.Martin@example.com"]),
        cc: ["office@example.com"],
        html: "<p>Your code: <strong>K7Q2-9XPA</strong></p>",
        text: "Your code: K7Q2-9XPA",
        ics: { method: "REQUEST", content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR" },
      }),
    );

    await waitUntil(async () => (await db.caughtEmail.count()) === 1, "the catcher stored the message");
    const caught = await db.caughtEmail.findFirstOrThrow();

    expect(caught).toMatchObject({
      from: "Brightwater Services <bookings@brightwater.test>",
      to: ["claire.martin@example.com", "office@example.com"],
      subject: "Your invitation to the Brightwater portal",
      html: "<p>Your code: <strong>K7Q2-9XPA</strong></p>",
    });
    expect(caught.text?.trim()).toBe("Your code: K7Q2-9XPA");
    expect(caught.messageId).toMatch(/@brightwater\.test>$/);
    // nodemailer sends the invitation twice: as the calendar alternative and as invite.ics.
    expect(caught.attachments).toEqual([
      expect.objectContaining({ contentType: "text/calendar", content: expect.stringContaining("METHOD:REQUEST") }),
      expect.objectContaining({ contentType: "application/ics", filename: "invite.ics", content: expect.stringContaining("METHOD:REQUEST") }),
    ]);
  });

  it("keeps only the newest messages", async () => {
    for (let index = 0; index < 7; index++) await db.$transaction((tx) => queueEmail(tx, message(`Caught ${index}`)));

    await waitUntil(async () => (await db.outboxEmail.count({ where: { status: "SENT" } })) === 8, "all are sent");
    await waitUntil(async () => (await db.caughtEmail.count()) === 5, "the catcher kept five");
    const subjects = (await db.caughtEmail.findMany()).map((entry) => entry.subject);
    expect(subjects).not.toContain("Your invitation to the Brightwater portal");
  });

  it("says clearly when its port is taken", async () => {
    await expect(startMailCatcher({ connectionString: url, port: catcher.port })).rejects.toThrow(/already in use.*MAIL_CATCHER_PORT/);
  });
});
