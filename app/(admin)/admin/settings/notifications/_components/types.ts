import { type MailboxStatusName } from "@/lib/mail/schemas";
import { type ActionResult } from "@/lib/result";

/** A staff user who can be chosen as a sender, with the state of their mailbox. */
export type SenderOption = { id: string; name: string; mailboxStatus: MailboxStatusName | null };

export type Action = (input: unknown) => Promise<ActionResult>;
