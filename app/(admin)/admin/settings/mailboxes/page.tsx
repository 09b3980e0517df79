import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { findEmailBrand, findMailProcessSettings, listMailboxes, listStaffForMail } from "@/lib/mail";
import { dateTimeInZoneFormatter } from "../_components/format-in-zone";
import { PageHeader } from "../_components/page-header";
import { MailboxesManager, type MailboxView } from "./_components/mailboxes-manager";
import { approveMailboxAction, createMailboxAction, disableMailboxAction, testAndEnableMailboxAction, updateMailboxAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mail.mailboxes");
  return { title: t("title") };
}

export default async function MailboxesPage() {
  await requirePermission("settings:manage");
  const [t, tSettings, mailboxes, staff, { timeZone }, processes] = await Promise.all([
    getTranslations("admin.mail.mailboxes"),
    getTranslations("admin.settings"),
    listMailboxes(db),
    listStaffForMail(db),
    findEmailBrand(db),
    findMailProcessSettings(db),
  ]);
  const formatInZone = await dateTimeInZoneFormatter(timeZone);

  const views: MailboxView[] = mailboxes.map((mailbox) => ({
    id: mailbox.id,
    displayName: mailbox.displayName,
    fromAddress: mailbox.fromAddress,
    smtpHost: mailbox.smtpHost,
    smtpPort: mailbox.smtpPort,
    tlsMode: mailbox.tlsMode,
    smtpUser: mailbox.smtpUser,
    hasPassword: mailbox.hasPassword,
    status: mailbox.status,
    ownerUserId: mailbox.owner?.id ?? null,
    ownerLabel: mailbox.owner ? `${mailbox.owner.name ?? mailbox.owner.email} (${mailbox.owner.email})` : null,
    approvedLabel: mailbox.approvedAt
      ? mailbox.approvedByName
        ? t("approvedBy", { when: formatInZone(mailbox.approvedAt), name: mailbox.approvedByName })
        : formatInZone(mailbox.approvedAt)
      : null,
    testedLabel: mailbox.testedAt ? formatInZone(mailbox.testedAt) : null,
    lastTestError: mailbox.lastTestError,
    isDefaultMailbox: mailbox.id === processes.defaultMailboxId,
    sendsPasswordResets:
      processes.passwordResetProcessEnabled && mailbox.owner !== null && mailbox.owner.id === processes.passwordResetSenderUserId,
  }));

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={tSettings("breadcrumb")}
        crumbs={[{ href: "/admin/settings", label: tSettings("title") }]}
      />
      <MailboxesManager
        mailboxes={views}
        owners={staff.map((user) => ({
          id: user.id,
          label: `${user.name ?? user.email} (${user.email})`,
          hasOtherMailbox: user.mailbox !== null,
        }))}
        actions={{
          create: createMailboxAction,
          update: updateMailboxAction,
          approve: approveMailboxAction,
          testAndEnable: testAndEnableMailboxAction,
          disable: disableMailboxAction,
        }}
      />
    </div>
  );
}
