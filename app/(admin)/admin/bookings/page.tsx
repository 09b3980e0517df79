import { type Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, buttonClasses, EmptyState, Field, focusRing, Input, Select, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { APPOINTMENT_STATUSES, listAppointmentsForStaff, StaffAppointmentFilters } from "@/lib/booking";
import { listTechnicians } from "@/lib/catalogue";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { PageHeader } from "../settings/_components/page-header";
import { changeAppointmentStatusAction, reassignAppointmentAction } from "./actions";
import { AppointmentControls } from "./_components/appointment-controls";
import { canReassign, nextStatusesFor, STATUS_TONE } from "./_components/booking-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.bookings");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Only the filters that parse; an odd query string shows every booking rather than an error. */
function readFilters(params: Record<string, string | string[] | undefined>) {
  const single = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const raw = { from: single("from"), to: single("to"), status: single("status"), technicianId: single("technicianId"), contactId: single("contactId"), cursor: single("cursor") };
  const parsed = StaffAppointmentFilters.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept = Object.fromEntries(Object.entries(raw).filter(([key, value]) => StaffAppointmentFilters.shape[key as keyof typeof raw].safeParse(value).success));
  return StaffAppointmentFilters.parse(kept);
}

/** Back office → Bookings: every visit, filtered by date, status, technician and customer. */
export default async function BookingsPage({ searchParams }: { searchParams: SearchParams }) {
  const by = await requirePermission("bookings:manage");
  const [params, company] = await Promise.all([searchParams, findCompanyProfile(db)]);
  // "2026-03-02": the company day a visit falls on, for the board's address.
  const companyDate = new Intl.DateTimeFormat("en-CA", { timeZone: company.timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  // Opened from the menu (no query at all): what is still to come, from today in the company's zone.
  const filters = Object.keys(params).length === 0 ? { ...readFilters({}), from: companyDate.format(new Date()) } : readFilters(params);
  const [t, page, technicians, format] = await Promise.all([
    getTranslations("admin.bookings"),
    listAppointmentsForStaff(db, by, filters),
    listTechnicians(db),
    getFormatter(),
  ]);
  const technicianOptions = technicians.filter((technician) => technician.active).map((technician) => ({ value: technician.id, label: technician.displayName }));
  const filtered = Boolean(filters.from || filters.to || filters.status || filters.technicianId || filters.contactId);
  const customer = filters.contactId ? page.appointments.find((appointment) => appointment.contact.id === filters.contactId)?.contact : undefined;
  const query = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ from: filters.from, to: filters.to, status: filters.status, technicianId: filters.technicianId, contactId: filters.contactId, ...extra }))
      if (value) search.set(key, value);
    return `/admin/bookings?${search.toString()}`;
  };
  const linkClass = `rounded text-brand-700 underline-offset-2 hover:underline ${focusRing}`;
  const controlsFor = (appointment: (typeof page.appointments)[number], className?: string) => (
    <AppointmentControls
      appointmentId={appointment.id}
      label={t("visitLabel", { number: appointment.number, service: appointment.service.name })}
      statusOptions={nextStatusesFor(appointment.status, by).map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
      technicianOptions={canReassign(appointment.status) ? technicianOptions : []}
      currentTechnicianId={appointment.technician.id}
      onChangeStatus={changeAppointmentStatusAction}
      onReassign={reassignAppointmentAction}
      className={className}
    />
  );
  // Each visit in its address's zone, named (product.md "Where peers fail" 9); the zone on its own line keeps the column narrow.
  const rows = page.appointments.map((appointment) => ({
    appointment,
    href: `/admin/bookings/${appointment.id}`,
    label: t("visitLabel", { number: appointment.number, service: appointment.service.name }),
    status: <Badge tone={STATUS_TONE[appointment.status]}>{t(`statuses.${appointment.status}`)}</Badge>,
    when: (
      <>
        <Link href={`/admin/bookings/board?date=${companyDate.format(appointment.startsAt)}`} className={linkClass}>
          {format.dateTime(appointment.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: appointment.timeZone })}
        </Link>
        <span className="block text-slate-600">{appointment.timeZone}</span>
      </>
    ),
    customer: (
      <Link href={query({ contactId: appointment.contact.id, cursor: undefined })} className={linkClass}>
        {appointment.contact.firstName} {appointment.contact.lastName}
      </Link>
    ),
    controls: controlsFor(appointment),
    stackedControls: controlsFor(appointment, "flex-col items-start"),
  }));

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[]}
        actions={
          <Link href="/admin/bookings/board" className={buttonClasses({ variant: "secondary" })}>
            {t("openBoard")}
          </Link>
        }
      />
      <form method="get" action="/admin/bookings" className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filtersLabel")}>
        <Field label={t("filters.from")}>
          <Input type="date" name="from" defaultValue={filters.from ?? ""} />
        </Field>
        <Field label={t("filters.to")}>
          <Input type="date" name="to" defaultValue={filters.to ?? ""} />
        </Field>
        <Field label={t("filters.status")}>
          <Select name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("filters.anyStatus")}</option>
            {APPOINTMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filters.technician")}>
          <Select name="technicianId" defaultValue={filters.technicianId ?? ""}>
            <option value="">{t("filters.anyTechnician")}</option>
            {technicians.map((technician) => (
              <option key={technician.id} value={technician.id}>
                {technician.displayName}
              </option>
            ))}
          </Select>
        </Field>
        {filters.contactId ? <input type="hidden" name="contactId" value={filters.contactId} /> : null}
        <div className="flex flex-wrap items-end gap-2">
          <button type="submit" className={buttonClasses({ variant: "primary" })}>
            {t("filters.apply")}
          </button>
          {filtered ? (
            <Link href="/admin/bookings?from=" className={buttonClasses({ variant: "ghost" })}>
              {t("filters.clear")}
            </Link>
          ) : null}
        </div>
      </form>
      {filters.contactId ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {customer ? t("filters.customerIs", { name: `${customer.firstName} ${customer.lastName}` }) : t("filters.oneCustomer")}
          <Link href={query({ contactId: "" })} className={`rounded font-medium text-brand-700 underline ${focusRing}`}>
            {t("filters.everyCustomer")}
          </Link>
        </p>
      ) : null}
      {page.appointments.length === 0 ? (
        <EmptyState titleAs="h2" title={filtered ? t("emptyFilteredTitle") : t("emptyTitle")} description={filtered ? t("emptyFilteredDescription") : t("emptyDescription")} />
      ) : (
        <>
          {/* Below xl a visit is a card: six columns do not fit a phone, a tablet or a laptop beside the sidebar. */}
          <ul aria-label={t("caption")} className="grid gap-3 sm:grid-cols-2 xl:hidden">
            {rows.map((row) => (
              <li key={row.appointment.id} className="min-w-0 space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <Link href={row.href} className={`rounded font-semibold text-brand-700 underline-offset-2 hover:underline ${focusRing}`}>
                    {row.label}
                  </Link>
                  {row.status}
                </div>
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">{t("columns.when")}</dt>
                  <dd>{row.when}</dd>
                  <dt className="text-slate-600">{t("columns.customer")}</dt>
                  <dd>{row.customer}</dd>
                  <dt className="text-slate-600">{t("columns.technician")}</dt>
                  <dd className="text-slate-900">{row.appointment.technician.displayName}</dd>
                </dl>
                {row.controls}
              </li>
            ))}
          </ul>
          <Table caption={t("caption")} captionHidden className="relative hidden xl:block">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("columns.visit")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.when")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.customer")}</TableHeaderCell>
                <TableHeaderCell>{t("columns.technician")}</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">{t("columns.actions")}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.appointment.id}>
                  <TableHeaderCell scope="row" className="space-y-1 font-semibold text-slate-950">
                    <Link href={row.href} className={`block rounded text-brand-700 underline-offset-2 hover:underline ${focusRing}`}>
                      {row.label}
                    </Link>
                    {row.status}
                  </TableHeaderCell>
                  <TableCell>{row.when}</TableCell>
                  <TableCell>{row.customer}</TableCell>
                  <TableCell>{row.appointment.technician.displayName}</TableCell>
                  <TableCell>{row.stackedControls}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {page.nextCursor ? (
        <Link href={query({ cursor: page.nextCursor })} className={buttonClasses({ variant: "secondary" })}>
          {t("nextPage")}
        </Link>
      ) : null}
    </div>
  );
}
