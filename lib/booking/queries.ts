/**
 * What the portal, the back office and the JSON API read about appointments. Ownership is part
 * of every WHERE (actor.ts); times stay instants, shown by the UI in `timeZone` (the service
 * address's zone, failure 9).
 */
import "server-only";
import { type Prisma } from "@prisma/client";
import { TZDate } from "@date-fns/tz";
import { SETTINGS_ID, type Db } from "@/lib/db";
import type { Actor, CustomerActor } from "@/lib/auth";
import { visibleTo } from "./actor";
import { customerChoices, type ChangePolicySettings, type CustomerChoices } from "./lifecycle";
import { type AppointmentStatusName, type StaffAppointmentFilters } from "./schemas";

export interface AppointmentSummary {
  id: string;
  /** Shown as "A-1042". */
  number: number;
  status: AppointmentStatusName;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone of the service address. */
  timeZone: string;
  service: { id: string; name: string };
  technician: { id: string; displayName: string };
  contact: { id: string; firstName: string; lastName: string };
  /** One line, or null when the contact has no street address. */
  address: string | null;
  rescheduleCount: number;
  version: number;
  comments: string | null;
  cancellationReason: string | null;
  cancelledAt: Date | null;
}

export const SUMMARY_SELECT = {
  id: true,
  number: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  rescheduleCount: true,
  version: true,
  comments: true,
  cancellationReason: true,
  cancelledAt: true,
  service: { select: { id: true, name: true } },
  technician: { select: { id: true, displayName: true } },
  contact: { select: { id: true, firstName: true, lastName: true, street: true, postalCode: true, city: true } },
} satisfies Prisma.AppointmentSelect;

type SummaryRow = Prisma.AppointmentGetPayload<{ select: typeof SUMMARY_SELECT }>;

export function toSummary(row: SummaryRow): AppointmentSummary {
  const { street, postalCode, city, ...contact } = row.contact;
  const town = [postalCode, city].filter(Boolean).join(" ");
  const address = [street, town].filter(Boolean).join(", ");
  return { ...row, contact, address: address === "" ? null : address };
}

async function changePolicySettings(db: Db): Promise<ChangePolicySettings> {
  const settings = await db.settings.findUnique({
    where: { id: SETTINGS_ID },
    select: { rescheduleCutoffMinutes: true, cancelCutoffMinutes: true, maxReschedules: true },
  });
  return settings ?? { rescheduleCutoffMinutes: 1440, cancelCutoffMinutes: 1440, maxReschedules: 3 };
}

// ───────────────────────────── Customer ─────────────────────────────

export interface CustomerAppointments {
  /** The soonest Traveling visit: the technician is on the way (product.md §3). */
  active: AppointmentSummary | null;
  /** Scheduled, In progress and the other Traveling visits, soonest first. */
  upcoming: AppointmentSummary[];
  /** Completed and Cancelled, most recent first. */
  past: AppointmentSummary[];
}

/** The portal home's three tabs (product.md §3), exactly by status. */
export async function findCustomerAppointments(db: Db, customer: CustomerActor): Promise<CustomerAppointments> {
  const rows = await db.appointment.findMany({
    where: visibleTo(customer),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: SUMMARY_SELECT,
  });
  const appointments = rows.map(toSummary);
  const active = appointments.find((appointment) => appointment.status === "TRAVELING") ?? null;
  return {
    active,
    upcoming: appointments.filter(
      (appointment) => appointment !== active && (appointment.status === "SCHEDULED" || appointment.status === "IN_PROGRESS" || appointment.status === "TRAVELING"),
    ),
    past: appointments.filter((appointment) => appointment.status === "COMPLETED" || appointment.status === "CANCELLED").reverse(),
  };
}

export interface CustomerAppointmentDetail extends AppointmentSummary {
  /** What the customer may do now, and the deadlines to show ("you can change this visit until…"). */
  choices: CustomerChoices;
}

/** One of the customer's own appointments, or null (foreign, missing and malformed ids alike). */
export async function findAppointmentForCustomer(db: Db, customer: CustomerActor, appointmentId: string, now: Date): Promise<CustomerAppointmentDetail | null> {
  const [row, settings] = await Promise.all([
    db.appointment.findFirst({ where: { id: appointmentId, ...visibleTo(customer) }, select: SUMMARY_SELECT }),
    changePolicySettings(db),
  ]);
  if (!row) return null;
  const summary = toSummary(row);
  return { ...summary, choices: customerChoices(summary, settings, now) };
}

// ───────────────────────────── Staff ─────────────────────────────

export interface StatusChangeEntry {
  fromStatus: AppointmentStatusName | null;
  toStatus: AppointmentStatusName;
  changedAt: Date;
  note: string | null;
  by: { id: string; name: string | null } | null;
}

export interface StaffAppointmentDetail extends AppointmentSummary {
  contactEmail: string | null;
  contactPhone: string | null;
  /** Oldest first; the first entry is the booking. */
  history: StatusChangeEntry[];
}

/** One appointment as staff see it, with its history (cancellation reason included); null when not theirs to see. */
export async function findAppointmentForStaff(db: Db, by: Actor, appointmentId: string): Promise<StaffAppointmentDetail | null> {
  const row = await db.appointment.findFirst({
    where: { id: appointmentId, ...visibleTo(by) },
    select: {
      ...SUMMARY_SELECT,
      contact: { select: { ...SUMMARY_SELECT.contact.select, email: true, phone: true } },
      statusChanges: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: { fromStatus: true, toStatus: true, changedAt: true, note: true, byUser: { select: { id: true, name: true } } },
      },
    },
  });
  if (!row) return null;
  const { statusChanges, ...rest } = row;
  return {
    ...toSummary(rest),
    contactEmail: row.contact.email,
    contactPhone: row.contact.phone,
    history: statusChanges.map(({ byUser, ...change }) => ({ ...change, by: byUser })),
  };
}

/** Company-zone midnight of a "YYYY-MM-DD" day (wall time, never +24 h: failure 3). */
function startOfCompanyDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export interface StaffAppointmentPage {
  appointments: AppointmentSummary[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

/** The back office's bookings list: filters by days (company zone), status, technician, customer. */
export async function listAppointmentsForStaff(db: Db, by: Actor, filters: StaffAppointmentFilters): Promise<StaffAppointmentPage> {
  const { timeZone } = (await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { timeZone: true } })) ?? { timeZone: "Europe/Paris" };
  const where: Prisma.AppointmentWhereInput = {
    ...visibleTo(by),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.technicianId ? { technicianId: filters.technicianId } : {}),
    ...(filters.contactId ? { contactId: filters.contactId } : {}),
  };
  const startsAt: Prisma.DateTimeFilter = {};
  if (filters.from) startsAt.gte = startOfCompanyDay(filters.from, timeZone);
  if (filters.to) startsAt.lt = startOfCompanyDay(nextDate(filters.to), timeZone);
  if (filters.from || filters.to) where.startsAt = startsAt;
  const after = filters.cursor ? await db.appointment.findFirst({ where: { id: filters.cursor }, select: { id: true, startsAt: true } }) : null;
  const rows = await db.appointment.findMany({
    where: after ? { AND: [where, { OR: [{ startsAt: { gt: after.startsAt } }, { startsAt: after.startsAt, id: { gt: after.id } }] }] } : where,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: filters.limit + 1,
    select: SUMMARY_SELECT,
  });
  const appointments = rows.slice(0, filters.limit).map(toSummary);
  return { appointments, nextCursor: rows.length > filters.limit ? appointments.at(-1)!.id : null };
}

export interface TechnicianDay {
  technician: { id: string; displayName: string; color: string; timeZone: string };
  /** That weekday's WORK and BREAK ranges, local "HH:mm" in the technician's zone. */
  workingHours: { kind: "WORK" | "BREAK"; startTime: string; endTime: string }[];
  timeOff: { startsAt: Date; endsAt: Date; reason: string | null }[];
  /** Every appointment that day, cancelled ones included (the board greys them). */
  appointments: AppointmentSummary[];
}

export interface DayBoard {
  date: string;
  timeZone: string;
  dayStartsAt: Date;
  dayEndsAt: Date;
  technicians: TechnicianDay[];
}

/** The dispatch board: one column per active technician for a company day (four queries, none per technician). */
export async function findTechnicianDayBoard(db: Db, { date, technicianIds }: { date: string; technicianIds?: string[] }): Promise<DayBoard> {
  const { timeZone } = (await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { timeZone: true } })) ?? { timeZone: "Europe/Paris" };
  const dayStartsAt = startOfCompanyDay(date, timeZone);
  const dayEndsAt = startOfCompanyDay(nextDate(date), timeZone);
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const technicianWhere: Prisma.TechnicianWhereInput = { active: true, ...(technicianIds ? { id: { in: technicianIds } } : {}) };
  const [technicians, appointments] = await Promise.all([
    db.technician.findMany({
      where: technicianWhere,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        displayName: true,
        color: true,
        timeZone: true,
        workingHours: { where: { weekday }, orderBy: { startTime: "asc" }, select: { kind: true, startTime: true, endTime: true } },
        timeOff: { where: { startsAt: { lt: dayEndsAt }, endsAt: { gt: dayStartsAt } }, select: { startsAt: true, endsAt: true, reason: true } },
      },
    }),
    db.appointment.findMany({
      where: { startsAt: { lt: dayEndsAt }, endsAt: { gt: dayStartsAt }, technician: technicianWhere },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: SUMMARY_SELECT,
    }),
  ]);
  // Node 20 has no Map.groupBy.
  const byTechnician = new Map<string, AppointmentSummary[]>();
  for (const appointment of appointments.map(toSummary)) {
    const list = byTechnician.get(appointment.technician.id);
    if (list) list.push(appointment);
    else byTechnician.set(appointment.technician.id, [appointment]);
  }
  return {
    date,
    timeZone,
    dayStartsAt,
    dayEndsAt,
    technicians: technicians.map(({ workingHours, timeOff, ...technician }) => ({
      technician,
      workingHours,
      timeOff,
      appointments: byTechnician.get(technician.id) ?? [],
    })),
  };
}

// ───────────────────────────── Booking form ─────────────────────────────

export interface BookableProductType {
  id: string;
  name: string;
  services: { id: string; name: string; description: string | null; durationMinutes: number; priceCents: number | null }[];
}

/** Product types and their active services, for "Book a new appointment" (product.md §2 step 2). */
export async function listBookableServices(db: Db): Promise<BookableProductType[]> {
  const productTypes = await db.productType.findMany({
    where: { active: true, services: { some: { active: true } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      services: {
        where: { active: true },
        orderBy: { name: "asc" },
        select: { id: true, name: true, description: true, durationMinutes: true, priceCents: true },
      },
    },
  });
  return productTypes;
}
