import { type Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { Badge, Card, focusRing } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { AppointmentId, findAppointmentForStaff } from "@/lib/booking";
import { listTechnicians } from "@/lib/catalogue";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { dateTimeInZoneFormatter } from "../../settings/_components/format-in-zone";
import { PageHeader } from "../../settings/_components/page-header";
import { changeAppointmentStatusAction, reassignAppointmentAction } from "../actions";
import { AppointmentControls } from "../_components/appointment-controls";
import { canReassign, nextStatusesFor, STATUS_TONE } from "../_components/booking-view";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ appointmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.bookings.detail");
  return { title: t("title") };
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-950">{children}</dd>
    </div>
  );
}

/** Back office → Bookings → a visit: its details, the customer's contact, its history; change status, reassign. */
export default async function BookingPage({ params }: Params) {
  const by = await requirePermission("bookings:manage");
  const id = AppointmentId.safeParse((await params).appointmentId);
  const appointment = id.success ? await findAppointmentForStaff(db, by, id.data) : null;
  if (!appointment) notFound();
  const [t, tb, format, company, technicians] = await Promise.all([
    getTranslations("admin.bookings.detail"),
    getTranslations("admin.bookings"),
    getFormatter(),
    findCompanyProfile(db),
    listTechnicians(db),
  ]);
  const inCompanyZone = await dateTimeInZoneFormatter(company.timeZone);
  const zone = appointment.timeZone;
  const label = tb("visitLabel", { number: appointment.number, service: appointment.service.name });
  // product.md "Where peers fail" 9: the visit in its address's zone, named.
  const when = t("when", {
    date: format.dateTime(appointment.startsAt, { dateStyle: "full", timeZone: zone }),
    from: format.dateTime(appointment.startsAt, { hour: "numeric", minute: "2-digit", timeZone: zone }),
    to: format.dateTime(appointment.endsAt, { hour: "numeric", minute: "2-digit", timeZone: zone }),
    timeZone: zone,
  });
  const customerName = `${appointment.contact.firstName} ${appointment.contact.lastName}`;
  const linkClass = `rounded font-medium text-brand-700 underline-offset-2 hover:underline ${focusRing}`;
  const technicianOptions = technicians.filter((technician) => technician.active).map((technician) => ({ value: technician.id, label: technician.displayName }));
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: company.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(appointment.startsAt);

  return (
    <div className="space-y-8">
      <PageHeader
        title={label}
        description={<Badge tone={STATUS_TONE[appointment.status]}>{tb(`statuses.${appointment.status}`)}</Badge>}
        breadcrumbLabel={tb("breadcrumb")}
        crumbs={[{ href: "/admin/bookings", label: tb("title") }]}
        actions={
          <AppointmentControls
            appointmentId={appointment.id}
            label={label}
            statusOptions={nextStatusesFor(appointment.status, by).map((status) => ({ value: status, label: tb(`statuses.${status}`) }))}
            technicianOptions={canReassign(appointment.status) ? technicianOptions : []}
            currentTechnicianId={appointment.technician.id}
            onChangeStatus={changeAppointmentStatusAction}
            onReassign={reassignAppointmentAction}
          />
        }
      />

      <section aria-labelledby="booking-details" className="space-y-4">
        <h2 id="booking-details" className="text-xl font-semibold text-slate-950">
          {t("detailsTitle")}
        </h2>
        <Card className="p-4 sm:p-6">
          <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
            <Detail label={tb("columns.when")}>
              <Link href={`/admin/bookings/board?date=${day}`} className={linkClass}>
                {when}
              </Link>
            </Detail>
            <Detail label={tb("columns.technician")}>{appointment.technician.displayName}</Detail>
            <Detail label={tb("columns.customer")}>
              <Link href={`/admin/contacts/${appointment.contact.id}`} className={linkClass}>
                {customerName}
              </Link>
              {appointment.contactEmail ? <span className="block text-sm text-slate-700">{appointment.contactEmail}</span> : null}
              {appointment.contactPhone ? <span className="block text-sm text-slate-700">{appointment.contactPhone}</span> : null}
            </Detail>
            <Detail label={t("address")}>{appointment.address ?? <span className="text-slate-600">{t("none")}</span>}</Detail>
            <Detail label={t("comments")}>{appointment.comments ?? <span className="text-slate-600">{t("none")}</span>}</Detail>
            {appointment.cancellationReason ? <Detail label={tb("cancelReason")}>{appointment.cancellationReason}</Detail> : null}
          </dl>
        </Card>
      </section>

      <section aria-labelledby="booking-history" className="space-y-4">
        <h2 id="booking-history" className="text-xl font-semibold text-slate-950">
          {t("historyTitle")}
        </h2>
        {/* A timeline rather than a table: it reads the same on a phone. Oldest first; the first entry is the booking. */}
        <ol aria-labelledby="booking-history" className="space-y-3">
          {appointment.history.map((entry, index) => (
            <li key={`${entry.changedAt.toISOString()}-${index}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <p className="font-semibold text-slate-950">
                {entry.fromStatus === null
                  ? t("booked")
                  : entry.fromStatus === entry.toStatus
                    ? tb(`statuses.${entry.toStatus}`)
                    : t("statusChange", { from: tb(`statuses.${entry.fromStatus}`), to: tb(`statuses.${entry.toStatus}`) })}
              </p>
              <p className="text-sm text-slate-700">{t("changedBy", { when: inCompanyZone(entry.changedAt), name: entry.by?.name ?? t("system") })}</p>
              {entry.note ? <p className="mt-2 break-words text-slate-900">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
