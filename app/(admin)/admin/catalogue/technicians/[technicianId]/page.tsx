import { type Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Card } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { findTechnicianForAdmin, listSkills } from "@/lib/catalogue";
import { db } from "@/lib/db";
import { dateTimeInZoneFormatter } from "../../../settings/_components/format-in-zone";
import { PageHeader } from "../../../settings/_components/page-header";
import { addTimeOffAction, removeTimeOffAction, setWorkingHoursAction, updateTechnicianAction } from "../actions";
import { TechnicianDetails } from "./_components/technician-details";
import { TimeOffSection } from "./_components/time-off-section";
import { WorkingHoursEditor } from "./_components/working-hours-editor";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.catalogue.technicians");
  return { title: t("detailTitle") };
}

/** Admin → Catalogue → Technicians → one technician: details and home base, weekly hours, time off. */
export default async function TechnicianPage({ params }: { params: Promise<{ technicianId: string }> }) {
  await requirePermission("catalogue:manage");
  const id = z.uuid().safeParse((await params).technicianId);
  const technician = id.success ? await findTechnicianForAdmin(db, id.data, new Date()) : null;
  if (!technician) notFound();
  const [t, skills, inZone] = await Promise.all([getTranslations("admin.catalogue"), listSkills(db), dateTimeInZoneFormatter(technician.timeZone)]);

  return (
    <div className="space-y-8">
      <PageHeader
        title={technician.displayName}
        description={technician.email}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[
          { href: "/admin/catalogue", label: t("title") },
          { href: "/admin/catalogue/technicians", label: t("technicians.title") },
        ]}
      />
      <section aria-labelledby="technician-details" className="space-y-4">
        <h2 id="technician-details" className="text-lg font-semibold text-slate-950">
          {t("technicians.detailsTitle")}
        </h2>
        <Card>
          <TechnicianDetails
            technicianId={technician.id}
            initial={{
              displayName: technician.displayName,
              homeStreet: technician.homeStreet,
              homePostalCode: technician.homePostalCode,
              homeCity: technician.homeCity,
              homeCountry: technician.homeCountry,
              homeLatitude: String(technician.homeLatitude),
              homeLongitude: String(technician.homeLongitude),
              timeZone: technician.timeZone,
              color: technician.color,
              active: technician.active,
              skillIds: technician.skillIds,
            }}
            skills={skills.map(({ id: skillId, name }) => ({ id: skillId, name }))}
            timeZones={Intl.supportedValuesOf("timeZone")}
            onSubmit={updateTechnicianAction}
          />
        </Card>
      </section>
      <section aria-labelledby="technician-hours" className="space-y-4">
        <h2 id="technician-hours" className="text-lg font-semibold text-slate-950">
          {t("hours.title")}
        </h2>
        <WorkingHoursEditor technicianId={technician.id} timeZone={technician.timeZone} initial={technician.workingHours} onSubmit={setWorkingHoursAction} />
      </section>
      <section aria-labelledby="technician-time-off" className="space-y-4">
        <h2 id="technician-time-off" className="text-lg font-semibold text-slate-950">
          {t("timeOff.title")}
        </h2>
        <TimeOffSection
          technicianId={technician.id}
          timeZone={technician.timeZone}
          entries={technician.timeOff.map((entry) => ({
            id: entry.id,
            label: t("timeOff.period", { from: inZone(entry.startsAt), to: inZone(entry.endsAt) }),
            reason: entry.reason,
          }))}
          onAdd={addTimeOffAction}
          onRemove={removeTimeOffAction}
        />
      </section>
    </div>
  );
}
