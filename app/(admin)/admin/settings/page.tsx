import { type Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { ArrowRightIcon, BellIcon, FileTextIcon, MailIcon, SlidersIcon } from "@/components/icons";
import { Badge, Card, focusRing } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { findMailProcessSettings, listMailboxes } from "@/lib/mail";
import { PageHeader } from "./_components/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.settings");
  return { title: t("title") };
}

/** Admin → Settings: one card per area, each saying where things stand. */
export default async function SettingsPage() {
  await requirePermission("settings:manage");
  const [t, tPortal, mailboxes, process] = await Promise.all([
    getTranslations("admin.settings"),
    getTranslations("admin.portalSettings"),
    listMailboxes(db),
    findMailProcessSettings(db),
  ]);
  const enabledMailboxes = mailboxes.filter((mailbox) => mailbox.status === "ENABLED").length;

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} breadcrumbLabel={t("breadcrumb")} crumbs={[]} />
      <section aria-labelledby="settings-mail-title" className="space-y-4">
        <h2 id="settings-mail-title" className="text-lg font-semibold text-slate-950">
          {t("mailSection")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <SettingsCard
            href="/admin/settings/mailboxes"
            icon={<MailIcon />}
            title={t("mailboxes.title")}
            description={t("mailboxes.description")}
            status={
              <Badge tone={enabledMailboxes > 0 ? "success" : "warning"} dot>
                {t("mailboxes.status", { enabled: enabledMailboxes, total: mailboxes.length })}
              </Badge>
            }
          />
          <SettingsCard
            href="/admin/settings/notifications"
            icon={<BellIcon />}
            title={t("notifications.title")}
            description={t("notifications.description")}
            status={
              <Badge tone={process.passwordResetProcessEnabled ? "success" : "neutral"} dot>
                {process.passwordResetProcessEnabled ? t("notifications.resetOn") : t("notifications.resetOff")}
              </Badge>
            }
          />
          <SettingsCard
            href="/admin/settings/templates"
            icon={<FileTextIcon />}
            title={t("templates.title")}
            description={t("templates.description")}
          />
        </ul>
      </section>
      <section aria-labelledby="settings-portal-title" className="space-y-4">
        <h2 id="settings-portal-title" className="text-lg font-semibold text-slate-950">
          {tPortal("sectionTitle")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <SettingsCard href="/admin/settings/portal" icon={<SlidersIcon />} title={tPortal("title")} description={tPortal("cardDescription")} />
        </ul>
      </section>
    </div>
  );
}

function SettingsCard({
  href,
  icon,
  title,
  description,
  status,
}: {
  href: string;
  icon: ReactNode;
  title: string;
  description: string;
  status?: ReactNode;
}) {
  return (
    <Card as="li" padding="none" className="relative flex flex-col">
      <div className="flex flex-1 flex-col gap-3 p-5">
        <span aria-hidden="true" className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700 [&>svg]:size-5">
          {icon}
        </span>
        <h3 className="text-base font-semibold text-slate-950">
          <Link href={href} className={`rounded after:absolute after:inset-0 after:rounded-xl ${focusRing}`}>
            {title}
          </Link>
        </h3>
        <p className="flex-1 text-sm text-slate-700">{description}</p>
        <div className="flex items-center justify-between gap-2">
          {status ?? <span />}
          <ArrowRightIcon className="size-5 text-brand-700" />
        </div>
      </div>
    </Card>
  );
}
