/**
 * The outbox (issue 4): an email is a row written in the caller's transaction, with the
 * pg-boss job that will send it. A rolled-back booking leaves neither; a committed one has
 * both. The worker (outbox-worker.ts) sends after commit.
 *
 *   await db.$transaction(async (tx) => {
 *     const appointment = await tx.appointment.create(…);
 *     const email = await renderEmail("booking-confirmation", …);   // emails/: subject, html, text
 *     await queueEmail(tx, { ...email, to: [contact.email], template: "booking-confirmation",
 *       notification: "BOOKING_CONFIRMATION", appointmentId: appointment.id,
 *       ics: { method: "REQUEST", content: ics } });
 *   });
 *
 * Rendering is the caller's job; callers also decide whether the notification is enabled.
 * The sending mailbox is resolved when sending (sender-routing.ts).
 */
import { randomUUID } from "node:crypto";
import type { NotificationKind } from "@prisma/client";
import type { Tx } from "../db/types";
import { enqueueOutboxJobs, prismaExecutor } from "./job-queue";
import { sealSecrets, type EmailSecrets } from "./sealed-secrets";

export interface QueueEmailInput {
  /** At least one address. */
  to: string[];
  cc?: string[];
  subject: string;
  html: string;
  text: string;
  /** Template name, e.g. "booking-confirmation" (shown in Admin → Outbox). */
  template: string;
  /** Calendar attachment (invite.ics): REQUEST for a new or moved visit, CANCEL for a cancelled one. */
  ics?: { method: "REQUEST" | "CANCEL"; content: string };
  /** Sends from this notification's sender user's mailbox when it has one. */
  notification?: NotificationKind;
  /** Forces this mailbox (it must be ENABLED to send). */
  mailboxId?: string;
  contactId?: string;
  appointmentId?: string;
  /** One email per key, ever: a second call with the same key queues nothing. */
  dedupeKey?: string;
  /**
   * Values for the `secretPlaceholder(name)`s in subject, html and text, stored sealed with the
   * app's key and filled in when sending (sealed-secrets.ts): the row never holds them in clear.
   */
  secrets?: EmailSecrets;
}

export interface QueuedEmail {
  id: string;
  /** False when an email with the same dedupeKey already existed (its id is returned). */
  queued: boolean;
}

function addresses(list: string[] | undefined): string[] {
  return (list ?? []).map((address) => address.trim()).filter((address) => address !== "");
}

export async function queueEmail(tx: Tx, email: QueueEmailInput): Promise<QueuedEmail> {
  const to = addresses(email.to);
  if (to.length === 0) throw new Error("queueEmail: an email needs at least one recipient");
  const id = randomUUID();
  const inserted = await tx.outboxEmail.createManyAndReturn({
    data: [
      {
        id,
        to,
        cc: addresses(email.cc),
        subject: email.subject,
        html: email.html,
        text: email.text,
        template: email.template,
        icsAttachment: email.ics?.content ?? null,
        icsMethod: email.ics?.method ?? null,
        notification: email.notification ?? null,
        mailboxId: email.mailboxId ?? null,
        contactId: email.contactId ?? null,
        appointmentId: email.appointmentId ?? null,
        dedupeKey: email.dedupeKey ?? null,
        secretsSealed: email.secrets ? sealSecrets(email.secrets) : null,
      },
    ],
    // ON CONFLICT DO NOTHING: a duplicate key must not abort the caller's transaction.
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted.length === 0) {
    const existing = await tx.outboxEmail.findUniqueOrThrow({ where: { dedupeKey: email.dedupeKey! }, select: { id: true } });
    return { id: existing.id, queued: false };
  }
  await enqueueOutboxJobs(prismaExecutor(tx), [{ outboxEmailId: id }]);
  return { id, queued: true };
}
