import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { Badge, Card } from "@/components/ui";
import { can, requirePermission } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { findContactDetail, listWebRoles } from "@/lib/identity";
import { ContactId } from "@/lib/identity/schemas";
import { dateTimeInZoneFormatter } from "../../settings/_components/format-in-zone";
import { PageHeader } from "../../settings/_components/page-header";
import { webRoleLabel } from "../../web-roles/_components/web-role-label";
import { ContactHeaderActions } from "./_components/contact-header-actions";
import { InvitationsList, type InvitationView } from "./_components/invitations-list";
import { WebRolesSection } from "./_components/web-roles-section";
import {
  assignWebRoleAction,
  createInvitationAction,
  deleteContactAction,
  removeWebRoleAction,
  revealInvitationCodeAction,
  revokeInvitationAction,
} from "./actions";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ contactId: string }> };

async function loadContact(contactIdParam: string) {
  const contactId = ContactId.safeParse(contactIdParam);
  return contactId.success ? findContactDetail(db, contactId.data, new Date()) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requirePermission("contacts:manage");
  const contact = await loadContact((await params).contactId);
  const t = await getTranslations("admin.contacts");
  return { title: contact ? `${contact.firstName} ${contact.lastName}` : t("title") };
}

/** Admin → Contacts → a contact: details, invitations, Related → Web roles. */
export default async function ContactPage({ params }: Params) {
  const actor = await requirePermission("contacts:manage");
  const contact = await loadContact((await params).contactId);
  if (!contact) notFound();

  const [t, ti, tw, company, allRoles] = await Promise.all([
    getTranslations("admin.contacts"),
    getTranslations("admin.invitations"),
    getTranslations("admin.webRoles"),
    findCompanyProfile(db),
    listWebRoles(db),
  ]);
  const formatInZone = await dateTimeInZoneFormatter(company.timeZone);
  const roleLabel = webRoleLabel(tw);
  const name = `${contact.firstName} ${contact.lastName}`;
  const mayInvite = can(actor.role, "invitations:manage");
  const mayAssignRoles = can(actor.role, "web-roles:manage");

  const invitations: InvitationView[] = contact.invitations.map((invitation) => ({
    id: invitation.id,
    status: invitation.status,
    kindLabel: ti(`kinds.${invitation.kind}`),
    createdLabel: invitation.createdByName
      ? ti("createdBy", { when: formatInZone(invitation.createdAt), name: invitation.createdByName })
      : ti("createdAutomatically", { when: formatInZone(invitation.createdAt) }),
    expiresLabel:
      invitation.status === "expired"
        ? ti("expiredAt", { when: formatInZone(invitation.expiresAt) })
        : ti("expiresAt", { when: formatInZone(invitation.expiresAt) }),
    revokedLabel: invitation.revokedAt ? ti("revokedAt", { when: formatInZone(invitation.revokedAt) }) : null,
    redemptionsLabel: ti("redemptions", { count: invitation.redemptionCount, max: invitation.maxRedemptions }),
    lastRedeemedLabel: invitation.lastRedeemedAt ? ti("lastRedeemed", { when: formatInZone(invitation.lastRedeemedAt) }) : null,
    codeAvailable: invitation.codeAvailable,
  }));
  const assignedIds = new Set(contact.webRoles.map((role) => role.id));
  const hasPortalRole = contact.webRoles.some((role) => role.key === BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers);
  const address = [contact.street, [contact.postalCode, contact.city].filter(Boolean).join(" "), contact.country].filter(Boolean);

  return (
    <div className="space-y-10">
      <PageHeader
        title={name}
        description={contact.account ? t("detail.ofAccount", { account: contact.account.name }) : undefined}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[{ href: "/admin/contacts", label: t("title") }]}
        actions={
          <ContactHeaderActions
            contact={{ id: contact.id, name, email: contact.email, appointmentCount: contact.appointmentCount }}
            mayInvite={mayInvite}
            onCreateInvitation={createInvitationAction}
            onDelete={deleteContactAction}
          />
        }
      />

      <section aria-labelledby="contact-details" className="space-y-4">
        <h2 id="contact-details" className="text-xl font-semibold text-slate-950">
          {t("detail.detailsTitle")}
        </h2>
        <Card className="p-4 sm:p-6">
          <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
            <Detail label={t("form.email")}>{contact.email ?? <None>{t("detail.noEmail")}</None>}</Detail>
            <Detail label={t("form.phone")}>{contact.phone ?? <None>{t("none")}</None>}</Detail>
            <Detail label={t("form.account")}>{contact.account?.name ?? <None>{t("form.noAccount")}</None>}</Detail>
            <Detail label={t("detail.portalProfile")}>
              {contact.portalProfile ? (
                <span className="flex flex-wrap items-center gap-2">
                  <Badge tone={contact.portalProfile.disabled ? "warning" : "success"} dot>
                    {contact.portalProfile.disabled ? t("detail.profileDisabled") : t("access.profile")}
                  </Badge>
                  <span className="text-sm text-slate-700">{t("detail.profileSince", { when: formatInZone(contact.portalProfile.createdAt) })}</span>
                </span>
              ) : (
                <None>{t("detail.noProfile")}</None>
              )}
            </Detail>
            <Detail label={t("detail.serviceAddress")}>
              {address.length > 0 ? (
                <address className="not-italic">
                  {address.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
              ) : (
                <None>{t("none")}</None>
              )}
            </Detail>
            <Detail label={t("detail.position")}>
              {contact.latitude !== null && contact.longitude !== null ? (
                <span className="tabular-nums">
                  {contact.latitude}, {contact.longitude}
                </span>
              ) : (
                <None>{t("none")}</None>
              )}
            </Detail>
            <Detail label={t("form.timeZone")}>{contact.timeZone ?? <None>{t("none")}</None>}</Detail>
            <Detail label={t("detail.created")}>{formatInZone(contact.createdAt)}</Detail>
          </dl>
        </Card>
      </section>

      <section aria-labelledby="contact-invitations" className="space-y-4">
        <div>
          <h2 id="contact-invitations" className="text-xl font-semibold text-slate-950">
            {ti("title")}
          </h2>
          <p className="mt-1 max-w-prose text-slate-700">{contact.email ? ti("description") : ti("needsEmail")}</p>
        </div>
        <InvitationsList
          contactId={contact.id}
          invitations={invitations}
          mayManage={mayInvite}
          onReveal={revealInvitationCodeAction}
          onRevoke={revokeInvitationAction}
        />
      </section>

      <section aria-labelledby="contact-related" className="space-y-4">
        <h2 id="contact-related" className="text-xl font-semibold text-slate-950">
          {t("detail.relatedTitle")}
        </h2>
        <WebRolesSection
          contactId={contact.id}
          contactName={name}
          roles={contact.webRoles.map((role) => ({
            id: role.id,
            ...roleLabel(role),
            assignedLabel: role.assignedByName
              ? t("detail.roleAssignedBy", { when: formatInZone(role.assignedAt), name: role.assignedByName })
              : t("detail.roleAssigned", { when: formatInZone(role.assignedAt) }),
          }))}
          available={allRoles.filter((role) => !assignedIds.has(role.id)).map((role) => ({ id: role.id, name: roleLabel(role).name }))}
          missingPortalRole={contact.portalProfile !== null && !hasPortalRole}
          mayManage={mayAssignRoles}
          onAssign={assignWebRoleAction}
          onRemove={removeWebRoleAction}
        />
      </section>
    </div>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-semibold text-slate-700">{label}</dt>
      <dd className="mt-1 break-words text-slate-950">{children}</dd>
    </div>
  );
}

function None({ children }: { children: ReactNode }) {
  return <span className="text-slate-600">{children}</span>;
}
