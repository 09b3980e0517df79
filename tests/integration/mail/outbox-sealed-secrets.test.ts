// lib/mail sealed-secrets.ts: a secret an email carries is never in the outbox row in clear;
// the worker fills it in when sending and erases the sealed copy once sent.
import { describe, expect, it } from "vitest";
import { queueEmail } from "@/lib/mail/queue-email";
import { secretPlaceholder } from "@/lib/mail/sealed-secrets";
import { setUpTestDatabase } from "../../support/database";
import { startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, startTestWorkers, TEST_SECRET_KEY } from "./mail-fixture";

process.env.FIELDBOOK_SECRET_KEY = TEST_SECRET_KEY;
const { db, url } = await setUpTestDatabase();
const smtp = await startTestSmtpServer();
await createTestMailbox(db, smtp);
await startTestWorkers(url);

describe("secrets in outbox emails", () => {
  it("stores placeholders and a sealed copy, delivers the secret, then forgets it", async () => {
    const secret = "K7QD-M2XP-9HTA-4RWE-B6NC-Z3FJ-YV8S";
    const placeholder = secretPlaceholder("code");
    const { id } = await db.$transaction((tx) =>
      queueEmail(tx, {
        to: ["claire.martin@example.com"],
        subject: "Your invitation",
        html: `<p>Your code: <b>${placeholder}</b> <a href="https://portal.example/?code=${placeholder}">Open</a></p>`,
        text: `Your code: ${placeholder}`,
        template: "invitation",
        secrets: { code: secret },
      }),
    );

    const queued = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(queued)).not.toContain(secret);
    expect(queued.html).toContain(placeholder);
    expect(queued.secretsSealed).toMatch(/^v1:/);

    await waitUntil(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id } })).status === "SENT", "the email is SENT");
    const delivered = smtp.messages.find((entry) => entry.parsed.subject === "Your invitation");
    expect(delivered?.parsed.text).toContain(`Your code: ${secret}`);
    expect(delivered?.parsed.html).toContain(`<b>${secret}</b>`);
    expect(delivered?.parsed.html).toContain(`https://portal.example/?code=${secret}`);
    expect(delivered?.raw).not.toContain(placeholder);

    const sent = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(sent.secretsSealed).toBeNull();
    expect(JSON.stringify(sent)).not.toContain(secret);
  });
});
