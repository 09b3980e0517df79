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
import type PgBoss from "pg-boss";
import type { Tx } from "../db/types";
import { enqueueOutboxJobs, outboxJobInsert, prismaExecutor } from "./job-queue";
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

/** What a caller's statement needs to write an email with its other rows. */
export interface OutboxEmailInsert {
  id: string;
  /** `INSERT INTO outbox_emails …`, to run as a CTE of the caller's statement. */
  sql: string;
  /** Its job, for the same statement (job-queue.ts `jobInsertStatement`) when pg-boss is installed. */
  job: PgBoss.JobInsert;
}

/**
 * `queueEmail`'s row as one part of the caller's own statement: a booking writes its
 * appointment, history, audit row, confirmation and their jobs in one round trip, instead of
 * one per row. `parameter` adds a value to the caller's statement and returns its placeholder.
 * Without a dedupe key only: "already queued" needs queueEmail's answer.
 */
export function outboxEmailInsert(email: QueueEmailInput, parameter: (value: unknown) => string): OutboxEmailInsert {
  const to = addresses(email.to);
  if (to.length === 0) throw new Error("outboxEmailInsert: an email needs at least one recipient");
  if (email.dedupeKey) throw new Error("outboxEmailInsert: an email with a dedupe key goes through queueEmail");
  const id = randomUUID();
  const sql = `INSERT INTO outbox_emails
      (id, "to", cc, subject, html, text, template, ics_attachment, ics_method, notification, mailbox_id, contact_id, appointment_id, secrets_sealed, updated_at)
    VALUES (${parameter(id)}::uuid, ${parameter(to)}::text[], ${parameter(addresses(email.cc))}::text[], ${parameter(email.subject)}, ${parameter(email.html)},
      ${parameter(email.text)}, ${parameter(email.template)}, ${parameter(email.ics?.content ?? null)}, ${parameter(email.ics?.method ?? null)}::calendar_method,
      ${parameter(email.notification ?? null)}::notification_kind, ${parameter(email.mailboxId ?? null)}::uuid, ${parameter(email.contactId ?? null)}::uuid,
      ${parameter(email.appointmentId ?? null)}::uuid, ${parameter(email.secrets ? sealSecrets(email.secrets) : null)}, now())`;
  return { id, sql, job: outboxJobInsert({ outboxEmailId: id }) };
}
