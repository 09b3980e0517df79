import { type Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { listStaffMembers } from "@/lib/staff";
import { STAFF_ROLES } from "@/lib/staff/schemas";
import { PageHeader } from "../settings/_components/page-header";
import { StaffManager, type StaffMemberView } from "./_components/staff-manager";
import {
  changeStaffRoleAction,
  createStaffMemberAction,
  disableStaffMemberAction,
  enableStaffMemberAction,
  resetStaffPasswordAction,
} from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.staff");
  return { title: t("title") };
}

export default async function StaffPage() {
  const admin = await requirePermission("staff:manage");
  const [t, format, members, { timeZone }] = await Promise.all([
    getTranslations("admin.staff"),
    getFormatter(),
    listStaffMembers(db),
    findCompanyProfile(db),
  ]);
  const formatDate = (instant: Date) => format.dateTime(instant, { dateStyle: "medium", timeZone });

  const views: StaffMemberView[] = members.map((member) => ({
    id: member.id,
    name: member.name ?? t("noName"),
    email: member.email,
    role: member.role,
    disabled: member.disabledAt !== null,
    isSelf: member.id === admin.userId,
    sinceLabel: member.disabledAt
      ? t("disabledSince", { date: formatDate(member.disabledAt) })
      : t("memberSince", { date: formatDate(member.createdAt) }),
    technician: member.technician
      ? {
          label: member.technician.active
            ? t("technicianLinked", { name: member.technician.displayName })
            : t("technicianInactive", { name: member.technician.displayName }),
          linkLabel: t("technicianOpen"),
          href: `/admin/catalogue/technicians/${member.technician.id}`,
        }
      : member.role === "TECHNICIAN"
        ? { label: t("technicianMissing"), linkLabel: t("technicianSetUp"), href: "/admin/catalogue/technicians" }
        : null,
  }));

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} breadcrumbLabel={t("title")} crumbs={[]} />

      <section aria-labelledby="staff-roles-title" className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="staff-roles-title" className="text-base font-semibold text-slate-950">
          {t("rolesTitle")}
        </h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
          {STAFF_ROLES.map((role) => (
            <div key={role}>
              <dt className="font-semibold text-slate-900">{t(`roles.${role}`)}</dt>
              <dd className="text-slate-700">{t(`roleDescriptions.${role}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <StaffManager
        members={views}
        actions={{
          create: createStaffMemberAction,
          changeRole: changeStaffRoleAction,
          disable: disableStaffMemberAction,
          enable: enableStaffMemberAction,
          resetPassword: resetStaffPasswordAction,
        }}
      />
    </div>
  );
}
