// The mail domain's public face for app/: mailboxes, notifications, processes, the outbox
// and the development mail catcher. The outbox worker and scripts import their modules directly.

// Mailboxes: add → approve email → test and enable; only an enabled mailbox sends (product.md §4).
export { createMailbox, type CreateMailboxError } from "./create-mailbox";
export { updateMailbox, type UpdateMailboxError } from "./update-mailbox";
export { approveMailbox } from "./approve-mailbox";
export { testAndEnableMailbox, type TestAndEnableMailboxResult } from "./test-and-enable-mailbox";
export { disableMailbox } from "./disable-mailbox";

// Notifications and processes.
export { updateNotificationSetting } from "./update-notification-setting";
export { setPasswordResetProcess, type SetPasswordResetProcessResult } from "./set-password-reset-process";
export { setDefaultMailbox } from "./set-default-mailbox";
export {
  findEmailBrand,
  findMailProcessSettings,
  listMailboxes,
  listNotificationSettings,
  listStaffForMail,
  type MailboxSummary,
  type MailProcessSettings,
  type NotificationSettingSummary,
  type StaffMailboxOwner,
} from "./mail-settings-queries";

// The outbox: other domains queue their emails in their own transaction.
export { outboxEmailInsert, queueEmail, type OutboxEmailInsert, type QueueEmailInput } from "./queue-email";
// …or as parts of the caller's own statement (one round trip for a booking's rows and jobs).
export { JOB_QUEUE_INSTALLED_SQL, jobInsertStatement } from "./job-queue";

// The outbox (Admin → Outbox).
export { countOutboxEmailsByStatus, findOutboxEmail, listOutboxEmails, type OutboxEmailPage, type OutboxEmailSummary } from "./queries";
export { retryOutboxEmail } from "./retry-outbox-email";

// The development mail catcher (Admin → Mail catcher).
export {
  countCaughtEmails,
  findCaughtEmail,
  listCaughtEmails,
  mailCatcherAvailable,
  type CaughtEmailDetail,
  type CaughtEmailSummary,
} from "./mail-catcher-queries";

export { type StaffMember } from "./staff-member";

// The app's secret box (AES-256-GCM with FIELDBOOK_SECRET_KEY), for other secrets kept at rest.
export { decryptSecret, encryptSecret } from "./secret-box";
export { secretPlaceholder, type EmailSecrets } from "./sealed-secrets";
