import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { listCustomerAccounts } from "@/lib/identity";
import { PageHeader } from "../../settings/_components/page-header";
import { createContactAction } from "../actions";
import { ContactForm } from "../_components/contact-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.contacts.form");
  return { title: t("title") };
}

/** Admin → Contacts → New contact: the person, their account and the service address. */
export default async function NewContactPage() {
  await requirePermission("contacts:manage");
  const [t, tc, accounts, company] = await Promise.all([
    getTranslations("admin.contacts.form"),
    getTranslations("admin.contacts"),
    listCustomerAccounts(db),
    findCompanyProfile(db),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={tc("breadcrumb")}
        crumbs={[{ href: "/admin/contacts", label: tc("title") }]}
      />
      <ContactForm
        mode={{ kind: "create", defaultTimeZone: company.timeZone }}
        accounts={accounts}
        timeZones={Intl.supportedValuesOf("timeZone")}
        onSubmit={createContactAction}
      />
    </div>
  );
}
