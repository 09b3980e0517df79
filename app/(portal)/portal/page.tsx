import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { CalendarIcon, HistoryIcon, TruckIcon } from "@/components/icons";
import { Button, EmptyState } from "@/components/ui";
import { requireCustomer } from "@/lib/auth";
import { findCustomerAppointments } from "@/lib/booking";
import { db } from "@/lib/db";
import { AppointmentCard } from "./_components/appointment-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.home");
  return { title: t("title") };
}

// The portal home: Active · Upcoming · Past (product.md §3), each with its empty state.
export default async function PortalHomePage() {
  const customer = await requireCustomer();
  const [t, tb, { active, upcoming, past }] = await Promise.all([
    getTranslations("portal.home"),
    getTranslations("portal.booking"),
    findCustomerAppointments(db, customer),
  ]);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        <Button href="/portal/book" size="lg" className="mt-4" icon={<CalendarIcon className="size-5" aria-hidden="true" />}>
          {tb("newAppointment")}
        </Button>
      </div>

      <PortalSection id="active" title={t("active.title")} description={t("active.description")}>
        {active ? (
          <ul>
            <AppointmentCard appointment={active} />
          </ul>
        ) : (
          <EmptyState icon={<TruckIcon />} title={t("active.emptyTitle")} description={t("active.emptyDescription")} />
        )}
      </PortalSection>

      <PortalSection id="upcoming" title={t("upcoming.title")} description={t("upcoming.description")}>
        {upcoming.length > 0 ? (
          <ul className="space-y-3">
            {upcoming.map((appointment) => (
              <AppointmentCard key={appointment.id} appointment={appointment} />
            ))}
          </ul>
        ) : (
          <EmptyState icon={<CalendarIcon />} title={t("upcoming.emptyTitle")} description={t("upcoming.emptyDescription")} />
        )}
      </PortalSection>

      <PortalSection id="past" title={t("past.title")} description={t("past.description")}>
        {past.length > 0 ? (
          <ul className="space-y-3">
            {past.map((appointment) => (
              <AppointmentCard key={appointment.id} appointment={appointment} />
            ))}
          </ul>
        ) : (
          <EmptyState icon={<HistoryIcon />} title={t("past.emptyTitle")} description={t("past.emptyDescription")} />
        )}
      </PortalSection>
    </div>
  );
}

function PortalSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-950">
        {title}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-600">{description}</p>
      {children}
    </section>
  );
}
