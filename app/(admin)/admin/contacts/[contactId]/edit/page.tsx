import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { findContactDetail, listCustomerAccounts } from "@/lib/identity";
import { ContactId } from "@/lib/identity/schemas";
import { PageHeader } from "../../../settings/_components/page-header";
import { ContactForm } from "../../_components/contact-form";
import { updateContactAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ contactId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  await requirePermission("contacts:manage");
  const t = await getTranslations("admin.contacts.form");
  return { title: t("editTitle") };
}

/** Admin → Contacts → a contact → Edit contact: the New contact form, filled with the contact. */
export default async function EditContactPage({ params }: Params) {
  await requirePermission("contacts:manage");
  const contactId = ContactId.safeParse((await params).contactId);
  const contact = contactId.success ? await findContactDetail(db, contactId.data, new Date()) : null;
  if (!contact) notFound();

  const [t, tc, accounts] = await Promise.all([
    getTranslations("admin.contacts.form"),
    getTranslations("admin.contacts"),
    listCustomerAccounts(db),
  ]);
  const name = `${contact.firstName} ${contact.lastName}`;
  // The stored zone stays choosable even if this runtime's list names it differently (an alias).
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (contact.timeZone && !timeZones.includes(contact.timeZone)) timeZones.unshift(contact.timeZone);
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("editTitle")}
        description={t("editDescription")}
        breadcrumbLabel={tc("breadcrumb")}
        crumbs={[
          { href: "/admin/contacts", label: tc("title") },
          { href: `/admin/contacts/${contact.id}`, label: name },
        ]}
      />
      <ContactForm
        mode={{
          kind: "edit",
          contactId: contact.id,
          hasPortalProfile: contact.portalProfile !== null,
          values: {
            firstName: contact.firstName,
            lastName: contact.lastName,
            email: contact.email ?? "",
            phone: contact.phone ?? "",
            customerAccountId: contact.account?.id ?? "",
            newAccountName: "",
            street: contact.street ?? "",
            postalCode: contact.postalCode ?? "",
            city: contact.city ?? "",
            country: contact.country ?? "",
            latitude: contact.latitude === null ? "" : String(contact.latitude),
            longitude: contact.longitude === null ? "" : String(contact.longitude),
            timeZone: contact.timeZone ?? "",
          },
        }}
        accounts={accounts}
        timeZones={timeZones}
        onSubmit={updateContactAction}
      />
    </div>
  );
}
