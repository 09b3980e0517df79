import { type Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, buttonClasses, EmptyState, Field, focusRing, Input } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { findTechnicianDayBoard, IsoDate } from "@/lib/booking";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { PageHeader } from "../../settings/_components/page-header";
import { changeAppointmentStatusAction, reassignAppointmentAction } from "../actions";
import { AppointmentControls } from "../_components/appointment-controls";
import { canReassign, nextStatusesFor, STATUS_TONE } from "../_components/booking-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.bookings.board");
  return { title: t("title") };
}

/** "2026-03-02" ± days, by the calendar (no clock: a date string in, a date string out). */
function shiftDate(date: string, days: number): string {
  const value = new Date(`${date}T12:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** Back office → Bookings → Board: one column per technician for a company day, visits as cards. */
export default async function BookingsBoardPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const by = await requirePermission("bookings:manage");
  const company = await findCompanyProfile(db);
  const requested = IsoDate.safeParse((await searchParams).date);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: company.timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const date = requested.success ? requested.data : today;
  const [t, tb, format, board] = await Promise.all([
    getTranslations("admin.bookings.board"),
    getTranslations("admin.bookings"),
    getFormatter(),
    findTechnicianDayBoard(db, { date }),
  ]);
  const time = (instant: Date, timeZone: string) => format.dateTime(instant, { hour: "numeric", minute: "2-digit", timeZone });
  // The page names the board's zone once; a visit whose address is in another zone shows its own, named (failure 9).
  const visitTime = (appointment: { startsAt: Date; endsAt: Date; timeZone: string }) =>
    appointment.timeZone === board.timeZone
      ? t("timeRangeInBoardZone", { from: time(appointment.startsAt, board.timeZone), to: time(appointment.endsAt, board.timeZone) })
      : t("timeRange", { from: time(appointment.startsAt, appointment.timeZone), to: time(appointment.endsAt, appointment.timeZone), timeZone: appointment.timeZone });
  const technicianOptions = board.technicians.map((column) => ({ value: column.technician.id, label: column.technician.displayName }));
  const dayTitle = format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", { day: dayTitle, timeZone: board.timeZone })}
        breadcrumbLabel={tb("breadcrumb")}
        crumbs={[{ href: "/admin/bookings", label: tb("title") }]}
      />
      <div className="flex flex-wrap items-end gap-3">
        <Link href={`/admin/bookings/board?date=${shiftDate(date, -1)}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {t("previousDay")}
        </Link>
        <Link href={`/admin/bookings/board?date=${today}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {t("today")}
        </Link>
        <Link href={`/admin/bookings/board?date=${shiftDate(date, 1)}`} className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {t("nextDay")}
        </Link>
        <form method="get" action="/admin/bookings/board" className="flex items-end gap-2">
          <Field label={t("date")}>
            <Input type="date" name="date" defaultValue={date} />
          </Field>
          <button type="submit" className={buttonClasses({ variant: "primary", size: "sm" })}>
            {t("show")}
          </button>
        </form>
      </div>
      {board.technicians.length === 0 ? (
        <EmptyState titleAs="h2" title={t("noTechniciansTitle")} description={t("noTechniciansDescription")} />
      ) : (
        <ul className="flex snap-x gap-4 overflow-x-auto pb-4" aria-label={t("columnsLabel")}>
          {board.technicians.map((column) => {
            const work = column.workingHours.filter((range) => range.kind === "WORK");
            const headingId = `board-technician-${column.technician.id}`;
            return (
              <li key={column.technician.id} className="w-72 shrink-0 snap-start space-y-3" aria-labelledby={headingId}>
                <div className="rounded-xl border-t-4 bg-white p-3 shadow-sm" style={{ borderTopColor: column.technician.color }}>
                  <h2 id={headingId} className="font-semibold text-slate-950">
                    {column.technician.displayName}
                  </h2>
                  <p className="text-sm text-slate-700">
                    {work.length === 0 ? t("notWorking") : work.map((range) => `${range.startTime}–${range.endTime}`).join(", ")}
                    {column.technician.timeZone !== board.timeZone ? ` (${column.technician.timeZone})` : null}
                  </p>
                  {column.timeOff.length > 0 ? <Badge tone="warning">{t("timeOff")}</Badge> : null}
                </div>
                {column.appointments.length === 0 ? (
                  <p className="rounded-xl border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t("noVisits")}</p>
                ) : (
                  <ol className="space-y-3">
                    {column.appointments.map((appointment) => {
                      const label = tb("visitLabel", { number: appointment.number, service: appointment.service.name });
                      return (
                        <li key={appointment.id} className={`space-y-2 rounded-xl border border-slate-200 p-3 shadow-sm ${appointment.status === "CANCELLED" ? "border-dashed bg-slate-50" : "bg-white"}`}>
                          <p className="font-semibold text-slate-950 tabular-nums">
                            {visitTime(appointment)}
                          </p>
                          <p className="text-sm">
                            <Link href={`/admin/bookings/${appointment.id}`} className={`rounded font-medium text-brand-700 underline-offset-2 hover:underline ${focusRing}`}>
                              {label}
                            </Link>
                          </p>
                          <p className="text-sm text-slate-700">
                            {appointment.contact.firstName} {appointment.contact.lastName}
                            {appointment.address ? <span className="block text-slate-600">{appointment.address}</span> : null}
                          </p>
                          <Badge tone={STATUS_TONE[appointment.status]}>{tb(`statuses.${appointment.status}`)}</Badge>
                          <AppointmentControls
                            appointmentId={appointment.id}
                            label={label}
                            statusOptions={nextStatusesFor(appointment.status, by).map((status) => ({ value: status, label: tb(`statuses.${status}`) }))}
                            technicianOptions={canReassign(appointment.status) ? technicianOptions : []}
                            currentTechnicianId={column.technician.id}
                            onChangeStatus={changeAppointmentStatusAction}
                            onReassign={reassignAppointmentAction}
                          />
                        </li>
                      );
                    })}
                  </ol>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
