/**
 * Inputs of the mail settings forms and actions (Admin → Settings → Mailboxes, Notifications,
 * Outbox). Shared by the forms and the server actions; isomorphic, so the enums are listed
 * here rather than imported from @prisma/client. Messages are next-intl keys; values are
 * normalised here (trimmed, emails and hosts lowercased, numbers coerced from form strings).
 */
import { z } from "zod";

export const SMTP_TLS_MODES = ["STARTTLS", "IMPLICIT_TLS", "NONE"] as const;
export type SmtpTlsModeName = (typeof SMTP_TLS_MODES)[number];

export const MAILBOX_STATUSES = ["PENDING_APPROVAL", "APPROVED", "ENABLED", "DISABLED"] as const;
export type MailboxStatusName = (typeof MAILBOX_STATUSES)[number];

/** product.md §4, in the order the notifications page lists them. */
export const NOTIFICATION_KINDS = [
  "INVITATION",
  "BOOKING_CONFIRMATION",
  "RESCHEDULED",
  "CANCELLED",
  "REMINDER",
  "TECHNICIAN_ON_THE_WAY",
  "VISIT_COMPLETED",
  "PASSWORD_RESET",
] as const;
export type NotificationKindName = (typeof NOTIFICATION_KINDS)[number];

export const OUTBOX_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED"] as const;
export type OutboxStatusName = (typeof OUTBOX_STATUSES)[number];

const E = "admin.mail.errors";

/** A hostname (RFC 1123 labels) or an IPv4 address; IPv6 literals are accepted as written. */
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

const emailAddress = z
  .string(`${E}.fromAddressInvalid`)
  .trim()
  .toLowerCase()
  .pipe(z.email(`${E}.fromAddressInvalid`).max(254, `${E}.fromAddressInvalid`));

const smtpHost = z
  .string(`${E}.hostRequired`)
  .trim()
  .toLowerCase()
  .min(1, `${E}.hostRequired`)
  .refine((host) => HOSTNAME.test(host) || z.ipv6().safeParse(host).success, `${E}.hostInvalid`);

const smtpPort = z.coerce
  .number(`${E}.portInvalid`)
  .int(`${E}.portInvalid`)
  .min(1, `${E}.portInvalid`)
  .max(65_535, `${E}.portInvalid`);

/** Empty text means "none". */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === "" ? null : value));

/** "" from a select's empty option means none. */
const optionalUserId = z
  .union([z.literal(""), z.null(), z.uuid(`${E}.userInvalid`)])
  .transform((value) => (value ? value : null));

/** Passwords are kept exactly as typed (no trim: spaces may be part of them). */
const smtpPassword = z
  .string()
  .max(500, `${E}.passwordTooLong`)
  .transform((value) => (value === "" ? null : value));

const mailboxFields = {
  displayName: z.string(`${E}.displayNameRequired`).trim().min(1, `${E}.displayNameRequired`).max(100, `${E}.displayNameTooLong`),
  fromAddress: emailAddress,
  smtpHost,
  smtpPort,
  tlsMode: z.enum(SMTP_TLS_MODES, `${E}.tlsModeInvalid`),
  smtpUser: optionalText(254, `${E}.userTooLong`),
  /** The staff user whose mailbox this is (the "From" of processes); null for a shared one. */
  ownerUserId: optionalUserId,
};

export const CreateMailboxInput = z
  .object({ ...mailboxFields, smtpPassword })
  .refine((input) => !input.smtpUser || input.smtpPassword, { path: ["smtpPassword"], message: `${E}.passwordRequired` });
export type CreateMailboxInput = z.infer<typeof CreateMailboxInput>;

/** A blank password keeps the stored one (it is never shown again). */
export const UpdateMailboxInput = z.object({ mailboxId: z.uuid(`${E}.notFound`), ...mailboxFields, smtpPassword });
export type UpdateMailboxInput = z.infer<typeof UpdateMailboxInput>;

export const MailboxIdInput = z.object({ mailboxId: z.uuid(`${E}.notFound`) });
export type MailboxIdInput = z.infer<typeof MailboxIdInput>;

export const UpdateNotificationSettingInput = z.object({
  kind: z.enum(NOTIFICATION_KINDS, `${E}.notificationInvalid`),
  enabled: z.boolean(),
  /** Null: the default mailbox sends it. */
  senderUserId: optionalUserId,
});
export type UpdateNotificationSettingInput = z.infer<typeof UpdateNotificationSettingInput>;

export const SetPasswordResetProcessInput = z
  .object({ enabled: z.boolean(), senderUserId: optionalUserId })
  .refine((input) => !input.enabled || input.senderUserId, { path: ["senderUserId"], message: `${E}.senderRequired` });
export type SetPasswordResetProcessInput = z.infer<typeof SetPasswordResetProcessInput>;

export const SetDefaultMailboxInput = z.object({
  mailboxId: z.union([z.literal(""), z.null(), z.uuid(`${E}.notFound`)]).transform((value) => (value ? value : null)),
});
export type SetDefaultMailboxInput = z.infer<typeof SetDefaultMailboxInput>;

/** The outbox page's query string: ?status=FAILED&cursor=… (anything else is ignored). */
export const OutboxPageQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});
export type OutboxPageQuery = z.infer<typeof OutboxPageQuery>;

export const OutboxEmailIdInput = z.object({ id: z.uuid(`${E}.outboxEmailNotFound`) });
export type OutboxEmailIdInput = z.infer<typeof OutboxEmailIdInput>;

/** ?message=<id> on the mail catcher page; a malformed id opens nothing. */
export const CaughtEmailQuery = z.object({ message: z.uuid().optional().catch(undefined) });
export type CaughtEmailQuery = z.infer<typeof CaughtEmailQuery>;
