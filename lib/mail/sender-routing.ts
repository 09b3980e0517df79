/**
 * Which mailbox sends an outbox row, decided when sending (so a mailbox enabled after the
 * email was queued still sends it):
 *  1. the row's own mailboxId, when the caller forced one;
 *  2. else, when the row belongs to a notification whose sender user (NotificationSetting
 *     .senderUserId) owns a mailbox: that mailbox — never another, because the admin chose
 *     that From (product.md §1, password reset "From");
 *  3. else Settings.defaultMailboxId.
 * Only an ENABLED mailbox sends; otherwise the row waits (issue 4: "a disabled mailbox sends
 * nothing").
 */
import type { Mailbox, NotificationKind } from "@prisma/client";
import type pg from "pg";
import { SETTINGS_ID } from "../db/types";

/** The mailbox columns the worker needs to send. */
export type SendingMailbox = Pick<
  Mailbox,
  "id" | "displayName" | "fromAddress" | "smtpHost" | "smtpPort" | "tlsMode" | "smtpUser" | "smtpPasswordEncrypted" | "status" | "ownerUserId" | "updatedAt"
>;

export interface MailRouting {
  defaultMailboxId: string | null;
  senderUserIdByNotification: ReadonlyMap<NotificationKind, string>;
  mailboxesById: ReadonlyMap<string, SendingMailbox>;
  mailboxesByOwnerUserId: ReadonlyMap<string, SendingMailbox>;
}

export interface RoutedEmail {
  mailboxId: string | null;
  notification: NotificationKind | null;
}

/** The mailbox that would send `email`, enabled or not (null: none configured). */
export function chosenMailbox(email: RoutedEmail, routing: MailRouting): SendingMailbox | null {
  if (email.mailboxId) return routing.mailboxesById.get(email.mailboxId) ?? null;
  const senderUserId = email.notification ? routing.senderUserIdByNotification.get(email.notification) : undefined;
  const sendersMailbox = senderUserId ? routing.mailboxesByOwnerUserId.get(senderUserId) : undefined;
  if (sendersMailbox) return sendersMailbox;
  return routing.defaultMailboxId ? (routing.mailboxesById.get(routing.defaultMailboxId) ?? null) : null;
}

/** The mailbox that sends `email` now, or null when it must wait for one to be enabled. */
export function sendingMailbox(email: RoutedEmail, routing: MailRouting): SendingMailbox | null {
  const mailbox = chosenMailbox(email, routing);
  return mailbox?.status === "ENABLED" ? mailbox : null;
}

interface RoutingRow {
  default_mailbox_id: string | null;
  senders: { kind: NotificationKind; senderUserId: string }[] | null;
  mailboxes:
    | {
        id: string;
        displayName: string;
        fromAddress: string;
        smtpHost: string;
        smtpPort: number;
        tlsMode: Mailbox["tlsMode"];
        smtpUser: string | null;
        smtpPasswordEncrypted: string | null;
        status: Mailbox["status"];
        ownerUserId: string | null;
        updatedAt: string;
      }[]
    | null;
}

/** Settings, notification senders and mailboxes in one round trip (small tables). */
export async function loadMailRouting(client: pg.Pool | pg.PoolClient): Promise<MailRouting> {
  const { rows } = await client.query<RoutingRow>(
    `SELECT
       (SELECT default_mailbox_id FROM settings WHERE id = $1) AS default_mailbox_id,
       (SELECT json_agg(json_build_object('kind', kind, 'senderUserId', sender_user_id))
          FROM notification_settings WHERE sender_user_id IS NOT NULL) AS senders,
       (SELECT json_agg(json_build_object(
          'id', id, 'displayName', display_name, 'fromAddress', from_address, 'smtpHost', smtp_host,
          'smtpPort', smtp_port, 'tlsMode', tls_mode, 'smtpUser', smtp_user,
          'smtpPasswordEncrypted', smtp_password_encrypted, 'status', status,
          'ownerUserId', owner_user_id, 'updatedAt', updated_at))
          FROM mailboxes) AS mailboxes`,
    [SETTINGS_ID],
  );
  const row = rows[0]!;
  const mailboxes: SendingMailbox[] = (row.mailboxes ?? []).map((mailbox) => ({ ...mailbox, updatedAt: new Date(mailbox.updatedAt) }));
  return {
    defaultMailboxId: row.default_mailbox_id,
    senderUserIdByNotification: new Map((row.senders ?? []).map((sender) => [sender.kind, sender.senderUserId])),
    mailboxesById: new Map(mailboxes.map((mailbox) => [mailbox.id, mailbox])),
    mailboxesByOwnerUserId: new Map(mailboxes.filter((mailbox) => mailbox.ownerUserId).map((mailbox) => [mailbox.ownerUserId!, mailbox])),
  };
}
