/**
 * What the mail settings pages read. No query here selects `smtpPasswordEncrypted`: a page
 * learns only whether a password is stored (issue 4: "never shown again").
 */
import { type MailboxStatus, type NotificationKind, type SmtpTlsMode, type StaffRole } from "@prisma/client";
import { type EmailBrand } from "@/emails/render";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "./schemas";

export type MailboxSummary = {
  id: string;
  displayName: string;
  fromAddress: string;
  smtpHost: string;
  smtpPort: number;
  tlsMode: SmtpTlsMode;
  smtpUser: string | null;
  hasPassword: boolean;
  status: MailboxStatus;
  owner: { id: string; name: string | null; email: string } | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  testedAt: Date | null;
  /** The SMTP server's answer to the last failed test; null once a test passes. */
  lastTestError: string | null;
  createdAt: Date;
};

export async function listMailboxes(db: Db): Promise<MailboxSummary[]> {
  const rows = await db.mailbox.findMany({
    orderBy: [{ displayName: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      displayName: true,
      fromAddress: true,
      smtpHost: true,
      smtpPort: true,
      tlsMode: true,
      smtpUser: true,
      status: true,
      approvedAt: true,
      testedAt: true,
      lastTestError: true,
      createdAt: true,
      owner: { select: { id: true, name: true, email: true } },
      approvedBy: { select: { name: true, email: true } },
    },
  });
  // Whether a password is stored, without reading it.
  const withPassword = new Set(
    (await db.mailbox.findMany({ where: { smtpPasswordEncrypted: { not: null } }, select: { id: true } })).map((row) => row.id),
  );
  return rows.map(({ approvedBy, ...row }) => ({
    ...row,
    hasPassword: withPassword.has(row.id),
    approvedByName: approvedBy ? (approvedBy.name ?? approvedBy.email) : null,
  }));
}

export type StaffMailboxOwner = {
  id: string;
  name: string | null;
  email: string;
  role: StaffRole;
  mailbox: { id: string; status: MailboxStatus; fromAddress: string } | null;
};

/** Active staff users, for the mailbox Owner and the notification Sender selects. */
export async function listStaffForMail(db: Db): Promise<StaffMailboxOwner[]> {
  const users = await db.user.findMany({
    where: { staffRole: { not: null }, disabledAt: null },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      staffRole: true,
      mailbox: { select: { id: true, status: true, fromAddress: true } },
    },
  });
  return users.map(({ staffRole, ...user }) => ({ ...user, role: staffRole as StaffRole }));
}

export type NotificationSettingSummary = {
  kind: NotificationKind;
  enabled: boolean;
  senderUserId: string | null;
};

/** One row per kind, in the order of NOTIFICATION_KINDS. */
export async function listNotificationSettings(db: Db): Promise<NotificationSettingSummary[]> {
  const rows = await db.notificationSetting.findMany({ select: { kind: true, enabled: true, senderUserId: true } });
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  // Reference data creates every kind; a missing one reads as on, default sender.
  return NOTIFICATION_KINDS.map((kind) => byKind.get(kind) ?? { kind, enabled: true, senderUserId: null });
}

export type MailProcessSettings = {
  passwordResetProcessEnabled: boolean;
  passwordResetSenderUserId: string | null;
  defaultMailboxId: string | null;
};

export async function findMailProcessSettings(db: Db): Promise<MailProcessSettings> {
  const settings = await db.settings.findUnique({
    where: { id: SETTINGS_ID },
    select: { passwordResetProcessEnabled: true, passwordResetSenderUserId: true, defaultMailboxId: true },
  });
  return settings ?? { passwordResetProcessEnabled: false, passwordResetSenderUserId: null, defaultMailboxId: null };
}

/** The company's name and colour for emails, and the zone their times are written in. */
export async function findEmailBrand(db: Db): Promise<{ brand: EmailBrand; timeZone: string }> {
  const settings = await db.settings.findUnique({
    where: { id: SETTINGS_ID },
    select: { companyName: true, brandColor: true, timeZone: true },
  });
  return {
    brand: { companyName: settings?.companyName ?? "Fieldbook", brandColor: settings?.brandColor ?? "#0e7490" },
    timeZone: settings?.timeZone ?? "Europe/Paris",
  };
}
