// lib/mail/queries.ts: Admin → Outbox reads — newest first, by status, paged, no bodies in the list.
import { describe, expect, it } from "vitest";
import { countOutboxEmailsByStatus, findOutboxEmail, listOutboxEmails } from "@/lib/mail/queries";
import { setUpTestDatabase } from "../../support/database";
import { message } from "./mail-fixture";

const { db } = await setUpTestDatabase();
const base = new Date("2026-11-25T09:00:00Z");
const statuses = ["SENT", "FAILED", "QUEUED", "SENT", "SENDING", "SENT", "FAILED"] as const;
const rows: { id: string }[] = [];
for (const [index, status] of statuses.entries()) {
  rows.push(
    await db.outboxEmail.create({
      data: {
        ...message(`Email ${index}`),
        html: `<p>Body ${index}</p>`,
        status,
        attempts: status === "FAILED" ? 3 : 1,
        lastError: status === "FAILED" ? "550 No such user" : null,
        createdAt: new Date(base.getTime() + index * 60_000),
        ...(index === 0 ? { icsAttachment: "BEGIN:VCALENDAR\r\nEND:VCALENDAR", icsMethod: "REQUEST" as const } : {}),
      },
    }),
  );
}

describe("outbox queries", () => {
  it("lists newest first, in pages that follow each other without gaps or repeats, without bodies", async () => {
    const first = await listOutboxEmails(db, { limit: 3 });
    const second = await listOutboxEmails(db, { limit: 3, cursor: first.nextCursor! });
    const third = await listOutboxEmails(db, { limit: 3, cursor: second.nextCursor! });

    expect([...first.emails, ...second.emails, ...third.emails].map((email) => email.subject)).toEqual(
      ["Email 6", "Email 5", "Email 4", "Email 3", "Email 2", "Email 1", "Email 0"],
    );
    expect(third.nextCursor).toBeNull();
    expect(first.emails[0]).not.toHaveProperty("html");
    expect(first.emails[0]).not.toHaveProperty("text");
    expect(third.emails.at(-1)).toMatchObject({ subject: "Email 0", hasCalendarAttachment: true, status: "SENT" });
    expect(first.emails[0]).toMatchObject({ status: "FAILED", attempts: 3, lastError: "550 No such user", hasCalendarAttachment: false });
  });

  it("filters by status", async () => {
    const failed = await listOutboxEmails(db, { status: "FAILED", limit: 50 });
    expect(failed.emails.map((email) => email.subject)).toEqual(["Email 6", "Email 1"]);
    expect(await countOutboxEmailsByStatus(db)).toEqual({ QUEUED: 1, SENDING: 1, SENT: 3, FAILED: 2 });
  });

  it("starts over on a cursor it does not know, and finds one email with its bodies", async () => {
    expect((await listOutboxEmails(db, { limit: 2, cursor: "not-a-uuid" })).emails.map((email) => email.subject)).toEqual(["Email 6", "Email 5"]);
    expect((await listOutboxEmails(db, { limit: 2, cursor: "00000000-0000-4000-8000-000000000000" })).emails).toHaveLength(2);

    expect(await findOutboxEmail(db, rows[2]!.id)).toMatchObject({ subject: "Email 2", html: "<p>Body 2</p>", text: "Email 2" });
    expect(await findOutboxEmail(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await findOutboxEmail(db, "'; DROP TABLE outbox_emails; --")).toBeNull();
  });
});
