import "server-only";
import { tz } from "@date-fns/tz";
import { addDays, startOfDay, subDays } from "date-fns";
import { findCompanyProfile } from "@/lib/company";
import { type Db } from "@/lib/db";

export const COMPLETED_WINDOW_DAYS = 30;

export type DashboardCounts = {
  contacts: number;
  /** Technicians marked active (able to take visits). */
  activeTechnicians: number;
  /** SCHEDULED and starting at or after `now`. */
  upcomingAppointments: number;
  /** Not cancelled, starting during the company's calendar day that contains `now`. */
  appointmentsToday: number;
  /** Set to COMPLETED within the last 30 days (the status history says when). */
  completedLast30Days: number;
  /** The zone "today" was read in: the company's (product.md, failure 9: name the zone). */
  timeZone: string;
  /** Start of the completed window, for the label. */
  completedSince: Date;
};

/**
 * The back-office dashboard's figures: one `count` per figure, run in parallel. `now` is an
 * argument so tests can pin the clock.
 */
export async function getDashboardCounts(db: Db, now: Date): Promise<DashboardCounts> {
  const { timeZone } = await findCompanyProfile(db);
  const inCompanyZone = { in: tz(timeZone) };
  // Wall-clock midnights in the company's zone, so a DST day is 23 or 25 hours long.
  const startOfToday = new Date(startOfDay(now, inCompanyZone).getTime());
  const startOfTomorrow = new Date(addDays(startOfToday, 1, inCompanyZone).getTime());
  const completedSince = subDays(now, COMPLETED_WINDOW_DAYS);

  const [contacts, activeTechnicians, upcomingAppointments, appointmentsToday, completedLast30Days] =
    await Promise.all([
      db.contact.count(),
      db.technician.count({ where: { active: true } }),
      db.appointment.count({ where: { status: "SCHEDULED", startsAt: { gte: now } } }),
      db.appointment.count({
        where: { status: { not: "CANCELLED" }, startsAt: { gte: startOfToday, lt: startOfTomorrow } },
      }),
      db.appointment.count({
        where: {
          status: "COMPLETED",
          statusChanges: { some: { toStatus: "COMPLETED", changedAt: { gte: completedSince, lte: now } } },
        },
      }),
    ]);

  return {
    contacts,
    activeTechnicians,
    upcomingAppointments,
    appointmentsToday,
    completedLast30Days,
    timeZone,
    completedSince,
  };
}
