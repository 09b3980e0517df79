import { type Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InboxIcon } from "@/components/icons";
import { Card, EmptyState, cn, focusRingInset } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { findCaughtEmail, findEmailBrand, listCaughtEmails, mailCatcherAvailable } from "@/lib/mail";
import { CaughtEmailQuery } from "@/lib/mail/schemas";
import { EmailPreview } from "../settings/_components/email-preview";
import { dateTimeInZoneFormatter } from "../settings/_components/format-in-zone";
import { PageHeader } from "../settings/_components/page-header";

export const dynamic = "force-dynamic";

/** The latest messages only: it is a development inbox, not an archive. */
const LIST_LIMIT = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mailCatcher");
  return { title: t("title") };
}

export default async function MailCatcherPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("mail-catcher:view");
  if (!mailCatcherAvailable()) notFound();
  const query = CaughtEmailQuery.parse(await searchParams);
  const [t, messages, opened, { timeZone }] = await Promise.all([
    getTranslations("admin.mailCatcher"),
    listCaughtEmails(db, { limit: LIST_LIMIT }),
    query.message ? findCaughtEmail(db, query.message) : Promise.resolve(null),
    findEmailBrand(db),
  ]);
  const formatInZone = await dateTimeInZoneFormatter(timeZone);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} breadcrumbLabel={t("breadcrumb")} crumbs={[]} />

      {messages.length === 0 ? (
        <EmptyState icon={<InboxIcon />} titleAs="h2" title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
          <Card as="section" aria-labelledby="caught-list-title" padding="none" className="self-start overflow-hidden">
            <h2 id="caught-list-title" className="border-b border-slate-200 px-4 py-3 text-base font-semibold text-slate-950">
              {t("listTitle", { count: messages.length })}
            </h2>
            <ul className="max-h-[40rem] divide-y divide-slate-200 overflow-y-auto">
              {messages.map((message) => (
                <li key={message.id}>
                  <Link
                    href={`/admin/mail-catcher?message=${message.id}`}
                    aria-current={message.id === opened?.id ? "page" : undefined}
                    className={cn(
                      "block px-4 py-3 hover:bg-slate-50 aria-[current=page]:bg-brand-50",
                      "aria-[current=page]:shadow-[inset_4px_0_0_var(--color-brand-700)]",
                      focusRingInset,
                    )}
                  >
                    <span className="block font-semibold break-words text-slate-950">{message.subject || t("noSubject")}</span>
                    <span className="block text-sm break-all text-slate-700">{t("toLine", { to: message.to.join(", ") })}</span>
                    <span className="block text-sm text-slate-600">{formatInZone(message.receivedAt)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Card>

          {opened ? (
            <EmailPreview
              title={opened.subject || t("noSubject")}
              meta={
                <dl className="grid gap-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-3">
                  <dt className="font-medium text-slate-600">{t("from")}</dt>
                  <dd className="break-all text-slate-900">{opened.from}</dd>
                  <dt className="font-medium text-slate-600">{t("to")}</dt>
                  <dd className="break-all text-slate-900">{opened.to.join(", ")}</dd>
                  <dt className="font-medium text-slate-600">{t("received")}</dt>
                  <dd className="text-slate-900">{formatInZone(opened.receivedAt)}</dd>
                </dl>
              }
              html={opened.html}
              text={opened.text}
              htmlLabel={t("htmlPart")}
              textLabel={t("textPart")}
              frameTitle={t("frameTitle", { subject: opened.subject || t("noSubject") })}
              noHtml={t("noHtml")}
            />
          ) : (
            <EmptyState titleAs="h2" title={t("pickTitle")} description={t("pickDescription")} className="self-start" />
          )}
        </div>
      )}
    </div>
  );
}
