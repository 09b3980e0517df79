import { type Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, EmptyState, focusRing, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { listSkills, listTechnicianCandidates, listTechnicians } from "@/lib/catalogue";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { PageHeader } from "../../settings/_components/page-header";
import { CatalogueTabs } from "../_components/catalogue-tabs";
import { AddTechnicianDialog } from "./_components/add-technician-dialog";
import { createTechnicianAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.catalogue.technicians");
  return { title: t("title") };
}

/** Admin → Catalogue → Technicians: who can be booked, where they start, what they can do. */
export default async function TechniciansPage() {
  await requirePermission("catalogue:manage");
  const [t, technicians, candidates, skills, company] = await Promise.all([
    getTranslations("admin.catalogue"),
    listTechnicians(db),
    listTechnicianCandidates(db),
    listSkills(db),
    findCompanyProfile(db),
  ]);

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("technicians.description")}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[]}
        actions={
          <AddTechnicianDialog
            users={candidates.map((user) => ({ id: user.id, label: user.name ? `${user.name} (${user.email})` : user.email }))}
            skills={skills.map(({ id, name }) => ({ id, name }))}
            timeZones={Intl.supportedValuesOf("timeZone")}
            defaultTimeZone={company.timeZone}
            onSubmit={createTechnicianAction}
          />
        }
      />
      <CatalogueTabs />
      {technicians.length === 0 ? (
        <EmptyState titleAs="h2" title={t("technicians.emptyTitle")} description={t("technicians.emptyDescription")} />
      ) : (
        <Table caption={t("technicians.caption")} captionHidden className="relative">
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("technicians.columns.name")}</TableHeaderCell>
              <TableHeaderCell>{t("technicians.columns.homeBase")}</TableHeaderCell>
              <TableHeaderCell>{t("technicians.columns.skills")}</TableHeaderCell>
              <TableHeaderCell>{t("technicians.columns.status")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {technicians.map((technician) => (
              <TableRow key={technician.id}>
                <TableHeaderCell scope="row">
                  <span className="flex items-center gap-2">
                    <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ backgroundColor: technician.color }} />
                    <Link href={`/admin/catalogue/technicians/${technician.id}`} className={`rounded font-semibold text-brand-700 underline-offset-2 hover:underline ${focusRing}`}>
                      {technician.displayName}
                    </Link>
                  </span>
                </TableHeaderCell>
                <TableCell>{t("technicians.homeBaseValue", { city: technician.homeCity, timeZone: technician.timeZone })}</TableCell>
                <TableCell wrap>{technician.skills.length === 0 ? t("services.noSkills") : technician.skills.map((skill) => skill.name).join(", ")}</TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-2">
                    {technician.active ? <Badge tone="success">{t("active")}</Badge> : <Badge tone="neutral">{t("inactive")}</Badge>}
                    {technician.hasWorkingHours ? null : <Badge tone="warning">{t("technicians.noHours")}</Badge>}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
