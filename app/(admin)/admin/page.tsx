import { type Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import {
  CalendarCheckIcon,
  CalendarIcon,
  CheckCircleIcon,
  UsersIcon,
  WrenchIcon,
} from "@/components/icons";
import { Card } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { getDashboardCounts } from "@/lib/back-office";
import { db } from "@/lib/db";

// Counts are read per request; `next build` never touches the database.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dashboard");
  return { title: t("title") };
}

export default async function AdminDashboardPage() {
  await requirePermission("dashboard:view");
  const now = new Date();
  const [t, format, counts] = await Promise.all([
    getTranslations("admin.dashboard"),
    getFormatter(),
    getDashboardCounts(db, now),
  ]);
  const inCompanyZone = { timeZone: counts.timeZone };

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
          <span>{format.dateTime(now, { dateStyle: "full", ...inCompanyZone })}</span>
          <span className="text-sm text-slate-600">{t("timeZone", { timeZone: counts.timeZone })}</span>
        </p>
      </div>

      <StatGroup title={t("appointments")} id="appointments">
        <Stat
          icon={<CalendarIcon />}
          label={t("appointmentsToday.label")}
          value={format.number(counts.appointmentsToday)}
          hint={t("appointmentsToday.hint")}
        />
        <Stat
          icon={<CalendarCheckIcon />}
          label={t("upcoming.label")}
          value={format.number(counts.upcomingAppointments)}
          hint={t("upcoming.hint")}
        />
        <Stat
          icon={<CheckCircleIcon />}
          label={t("completed.label")}
          value={format.number(counts.completedLast30Days)}
          hint={t("completed.hint", { since: format.dateTime(counts.completedSince, { dateStyle: "long", ...inCompanyZone }) })}
        />
      </StatGroup>

      <StatGroup title={t("people")} id="people">
        <Stat
          icon={<UsersIcon />}
          label={t("contacts.label")}
          value={format.number(counts.contacts)}
          hint={t("contacts.hint")}
        />
        <Stat
          icon={<WrenchIcon />}
          label={t("technicians.label")}
          value={format.number(counts.activeTechnicians)}
          hint={t("technicians.hint")}
        />
      </StatGroup>
    </div>
  );
}

function StatGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-950">
        {title}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">{children}</dl>
    </section>
  );
}

function Stat({ icon, label, value, hint }: { icon: ReactNode; label: string; value: string; hint: string }) {
  return (
    <Card className="flex flex-col">
      <dt className="flex items-center gap-3 text-sm font-medium text-slate-700">
        <span
          aria-hidden="true"
          className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-brand-50 text-brand-700 [&>svg]:size-5"
        >
          {icon}
        </span>
        {label}
      </dt>
      <dd className="mt-3 text-3xl font-bold tracking-tight text-slate-950 tabular-nums sm:mt-4 sm:text-4xl">{value}</dd>
      <dd className="mt-1 text-sm text-slate-600">{hint}</dd>
    </Card>
  );
}
