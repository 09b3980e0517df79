import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { findMailProcessSettings, listMailboxes, listNotificationSettings, listStaffForMail } from "@/lib/mail";
import { PageHeader } from "../_components/page-header";
import { DefaultMailboxForm } from "./_components/default-mailbox-form";
import { NotificationSettingsTable } from "./_components/notification-settings-table";
import { PasswordResetProcessForm } from "./_components/password-reset-process-form";
import { type SenderOption } from "./_components/types";
import { setDefaultMailboxAction, setPasswordResetProcessAction, updateNotificationSettingAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mail.notifications");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  await requirePermission("settings:manage");
  const [t, tSettings, settings, notifications, staff, mailboxes] = await Promise.all([
    getTranslations("admin.mail.notifications"),
    getTranslations("admin.settings"),
    findMailProcessSettings(db),
    listNotificationSettings(db),
    listStaffForMail(db),
    listMailboxes(db),
  ]);

  const senders: SenderOption[] = staff.map((user) => ({
    id: user.id,
    name: user.name ?? user.email,
    mailboxStatus: user.mailbox?.status ?? null,
  }));
  const passwordResetSender = senders.find((sender) => sender.id === settings.passwordResetSenderUserId);

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={tSettings("breadcrumb")}
        crumbs={[{ href: "/admin/settings", label: tSettings("title") }]}
      />
      <PasswordResetProcessForm
        enabled={settings.passwordResetProcessEnabled}
        senderUserId={settings.passwordResetSenderUserId}
        senders={senders}
        onSave={setPasswordResetProcessAction}
      />
      <section aria-labelledby="notifications-title" className="space-y-4">
        <div className="space-y-1">
          <h2 id="notifications-title" className="text-lg font-semibold text-slate-950">
            {t("tableTitle")}
          </h2>
          <p className="max-w-prose text-slate-700">{t("tableDescription")}</p>
        </div>
        <NotificationSettingsTable
          rows={notifications.map((row) =>
            // Password reset follows its process (set-password-reset-process.ts): show the process's state.
            row.kind === "PASSWORD_RESET"
              ? { ...row, enabled: settings.passwordResetProcessEnabled, senderUserId: settings.passwordResetSenderUserId }
              : row,
          )}
          senders={senders}
          passwordResetSenderName={passwordResetSender?.name ?? null}
          onSave={updateNotificationSettingAction}
        />
      </section>
      <DefaultMailboxForm
        defaultMailboxId={settings.defaultMailboxId}
        mailboxes={mailboxes.map((mailbox) => ({
          id: mailbox.id,
          label: `${mailbox.displayName} (${mailbox.fromAddress})`,
          status: mailbox.status,
        }))}
        onSave={setDefaultMailboxAction}
      />
    </div>
  );
}
