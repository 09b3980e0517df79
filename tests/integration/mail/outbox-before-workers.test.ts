// An email queued before the mail workers ever ran on a database (no pg-boss schema yet) is
// kept, and sent by the workers' first sweep: the row is the truth, the job only a wake-up.
import { describe, expect, it } from "vitest";
import { queueEmail } from "@/lib/mail/queue-email";
import { setUpTestDatabase } from "../../support/database";
import { startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, jobsFor, message, startTestWorkers } from "./mail-fixture";

const { db, url } = await setUpTestDatabase();
const smtp = await startTestSmtpServer();
await createTestMailbox(db, smtp);

describe("an email queued before the workers were installed", () => {
  it("is committed without a job, then sent once the workers start", async () => {
    const { id } = await db.$transaction((tx) => queueEmail(tx, message("Queued before the workers")));
    expect(await jobsFor(url, id)).toEqual([]);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "QUEUED" });

    await startTestWorkers(url);

    await waitUntil(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id } })).status === "SENT", "the email is SENT");
    expect(smtp.messages.filter((entry) => entry.parsed.subject === "Queued before the workers")).toHaveLength(1);
  });
});
