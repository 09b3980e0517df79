import { type Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { cn, focusRing } from "@/components/ui";
import { EMAIL_TEMPLATE_NAMES, isEmailTemplateName, renderEmail, sampleProps, type EmailTemplateName } from "@/emails/render";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { languageOptions } from "@/lib/i18n";
import { findEmailBrand } from "@/lib/mail";
import { EmailPreview } from "../_components/email-preview";
import { PageHeader } from "../_components/page-header";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mail.templates");
  return { title: t("title") };
}

const TemplatesQuery = z.object({
  template: z.string().refine(isEmailTemplateName).optional().catch(undefined),
  locale: z.string().optional().catch(undefined),
});

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("settings:manage");
  const query = TemplatesQuery.parse(await searchParams);
  const languages = languageOptions();
  const template: EmailTemplateName = (query.template as EmailTemplateName | undefined) ?? EMAIL_TEMPLATE_NAMES[0]!;
  // The viewer's language unless another is asked for.
  const requested = query.locale ?? (await getLocale());
  const locale = languages.some((language) => language.locale === requested) ? requested : "en";

  const [t, tSettings, { brand }] = await Promise.all([
    getTranslations("admin.mail.templates"),
    getTranslations("admin.settings"),
    findEmailBrand(db),
  ]);
  const email = await renderEmail(template, sampleProps(template), { locale, brand });
  const href = (next: { template?: EmailTemplateName; locale?: string }) =>
    `/admin/settings/templates?template=${next.template ?? template}&locale=${next.locale ?? locale}`;
  const templateName = t(`names.${template}`);
  const language = languages.find((option) => option.locale === locale)?.label ?? locale;

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={tSettings("breadcrumb")}
        crumbs={[{ href: "/admin/settings", label: tSettings("title") }]}
      />

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <nav aria-label={t("listLabel")} className="min-w-0">
          <ul className="flex gap-2 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible lg:pb-0">
            {EMAIL_TEMPLATE_NAMES.map((name) => (
              <li key={name} className="shrink-0">
                <Link
                  href={href({ template: name })}
                  aria-current={name === template ? "page" : undefined}
                  className={cn(
                    "flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50",
                    "aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-900",
                    focusRing,
                  )}
                >
                  {t(`names.${name}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="max-w-prose text-slate-700">{t(`purposes.${template}`)}</p>
            <nav aria-label={t("languageLabel")}>
              <ul className="inline-flex rounded-lg border border-slate-400 bg-white p-1">
                {languages.map((option) => (
                  <li key={option.locale}>
                    <Link
                      href={href({ locale: option.locale })}
                      lang={option.locale}
                      aria-current={option.locale === locale ? "page" : undefined}
                      className={cn(
                        "flex min-h-9 items-center rounded-md px-3 text-sm font-semibold text-slate-800 hover:bg-slate-100",
                        "aria-[current=page]:bg-brand-700 aria-[current=page]:text-white",
                        focusRing,
                      )}
                    >
                      {option.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <EmailPreview
            title={templateName}
            meta={
              <dl className="grid gap-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-3">
                <dt className="font-medium text-slate-600">{t("subject")}</dt>
                <dd className="break-words text-slate-900" data-testid="template-subject">
                  {email.subject}
                </dd>
                <dt className="font-medium text-slate-600">{t("language")}</dt>
                <dd className="text-slate-900">{language}</dd>
              </dl>
            }
            html={email.html}
            text={email.text}
            htmlLabel={t("htmlPart")}
            textLabel={t("textPart")}
            frameTitle={t("frameTitle", { template: templateName })}
            noHtml={t("noHtml")}
          />
          <p className="text-sm text-slate-600">{t("sampleNote")}</p>
        </div>
      </div>
    </div>
  );
}
