/** Admin → Mail catcher (development only): the messages the loopback SMTP catcher stored. */
import { type Db } from "@/lib/db";
import { runningMailCatcher } from "./mail-catcher-config";

export type CaughtEmailSummary = {
  id: string;
  receivedAt: Date;
  from: string;
  to: string[];
  subject: string;
};

export type CaughtEmailDetail = CaughtEmailSummary & { html: string | null; text: string | null };

/** Newest first; the catcher keeps a development inbox, so one page of the latest is enough. */
export async function listCaughtEmails(db: Db, { limit }: { limit: number }): Promise<CaughtEmailSummary[]> {
  return db.caughtEmail.findMany({
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: Math.max(1, Math.min(200, Math.floor(limit))),
    select: { id: true, receivedAt: true, from: true, to: true, subject: true },
  });
}

export async function findCaughtEmail(db: Db, id: string): Promise<CaughtEmailDetail | null> {
  return db.caughtEmail.findUnique({
    where: { id },
    select: { id: true, receivedAt: true, from: true, to: true, subject: true, html: true, text: true },
  });
}

export async function countCaughtEmails(db: Db): Promise<number> {
  return db.caughtEmail.count();
}

/**
 * The mail catcher is a development tool: refused in production (NODE_ENV=production) unless
 * `npm start` runs the loopback catcher for the local demo and says so (FIELDBOOK_MAIL_CATCHER,
 * mail-catcher-config.ts) — it never does for a real deployment.
 */
export function mailCatcherAvailable(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.NODE_ENV !== "production" || runningMailCatcher(env) !== null;
}
