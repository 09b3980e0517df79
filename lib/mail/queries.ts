/** Reading the outbox (Admin → Outbox). */
import type { OutboxEmail, OutboxEmailStatus } from "@prisma/client";
import type { Db, Tx } from "../db/types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Malformed ids are "not found", never a database error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A row of the outbox list: everything but the bodies. */
export type OutboxEmailSummary = Pick<
  OutboxEmail,
  | "id"
  | "to"
  | "cc"
  | "subject"
  | "template"
  | "notification"
  | "mailboxId"
  | "contactId"
  | "appointmentId"
  | "status"
  | "attempts"
  | "lastError"
  | "waitingForMailbox"
  | "nextAttemptAt"
  | "sentAt"
  | "messageId"
  | "createdAt"
  | "updatedAt"
> & { hasCalendarAttachment: boolean };

export interface ListOutboxEmails {
  status?: OutboxEmailStatus;
  /** The id of the last row of the previous page. */
  cursor?: string;
  limit: number;
}

export interface OutboxEmailPage {
  emails: OutboxEmailSummary[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

const SUMMARY_SELECT = {
  id: true,
  to: true,
  cc: true,
  subject: true,
  template: true,
  notification: true,
  mailboxId: true,
  contactId: true,
  appointmentId: true,
  status: true,
  attempts: true,
  lastError: true,
  waitingForMailbox: true,
  nextAttemptAt: true,
  sentAt: true,
  messageId: true,
  createdAt: true,
  updatedAt: true,
  icsMethod: true,
} as const;

/** Newest first (createdAt, then id), optionally one status. An unknown cursor starts over. */
export async function listOutboxEmails(db: Db | Tx, query: ListOutboxEmails): Promise<OutboxEmailPage> {
  const limit = Math.max(1, Math.min(200, Math.floor(query.limit)));
  const cursor = query.cursor && isUuid(query.cursor) ? query.cursor : undefined;
  const cursorExists = cursor ? (await db.outboxEmail.count({ where: { id: cursor } })) > 0 : false;
  const rows = await db.outboxEmail.findMany({
    where: query.status ? { status: query.status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursorExists ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: SUMMARY_SELECT,
  });
  const page = rows.slice(0, limit);
  return {
    emails: page.map(({ icsMethod, ...email }) => ({ ...email, hasCalendarAttachment: icsMethod !== null })),
    nextCursor: rows.length > limit ? page.at(-1)!.id : null,
  };
}

/** One outbox email with its bodies and ICS, or null. */
export async function findOutboxEmail(db: Db | Tx, id: string): Promise<OutboxEmail | null> {
  if (!isUuid(id)) return null;
  return db.outboxEmail.findUnique({ where: { id } });
}

/** How many emails are in each status (Admin → Outbox header). */
export async function countOutboxEmailsByStatus(db: Db | Tx): Promise<Record<OutboxEmailStatus, number>> {
  const groups = await db.outboxEmail.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<OutboxEmailStatus, number> = { QUEUED: 0, SENDING: 0, SENT: 0, FAILED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
