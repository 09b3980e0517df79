/**
 * When one technician could be on site at the service address, as a set of instants:
 *
 *   working periods = WORK ranges (joined) − time off
 *   free            = working periods − BREAK ranges − busy
 *   busy            = each appointment widened by travel both ways and its buffer after:
 *                     [start − travel(it → address), end + buffer + travel(it → address))
 *                   + the drive from home base at the start of each working period:
 *                     [period start, period start + travel(home → address)), cut short when an
 *                     appointment ends inside the period first (the technician is then there,
 *                     not at home, and that appointment's own travel applies).
 *
 * A visit [start, start + duration + its buffer) fits when it lies inside one free interval.
 * Rules decided here: travel from home base counts inside working hours (a technician who
 * starts at 08:00 cannot be 40 minutes away at 08:00); each working period — a day's hours, or
 * what follows time off — starts at home base, a break does not send anyone home; the drive home
 * after the last visit is the technician's own time; travel may run through a break.
 */
import { DAY_MS, MINUTE_MS } from "./calendar";
import { mergeIntervals, subtractIntervals, type IntervalList } from "./intervals";
import { estimateTravelMinutes } from "./travel";
import { type GeoPoint, type SlotTechnician, type TravelSettings } from "./types";
import { expandWorkingTime, type WeeklyHours } from "./working-time";
import { type ZoneClock } from "./zone-clock";

export interface FreeTimeQuery {
  technician: SlotTechnician;
  weeklyHours: WeeklyHours;
  /** Clock of the technician's zone, built for a window that covers [fromMs, toMs] with a day to spare. */
  clock: ZoneClock;
  /** Only free time that touches [fromMs, toMs) matters. */
  fromMs: number;
  toMs: number;
  serviceLocation: GeoPoint;
  travel: TravelSettings;
}

export function instantMs(date: Date, what: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not a valid date`);
  return ms;
}

export function technicianFreeTime(query: FreeTimeQuery): IntervalList {
  const { technician, clock, serviceLocation, travel } = query;
  // From the local day before: a period that started earlier is taken to start then, which
  // could only matter for a drive from home base longer than a day.
  const firstEpochDay = Math.floor(clock.wallTimeAt(query.fromMs) / DAY_MS) - 1;
  const lastEpochDay = Math.floor(clock.wallTimeAt(query.toMs) / DAY_MS);
  const { work, breaks } = expandWorkingTime(clock, query.weeklyHours, firstEpochDay, lastEpochDay);
  if (work.length === 0) return work;

  const timeOff: IntervalList = [];
  for (const period of technician.timeOff) {
    timeOff.push(instantMs(period.startsAt, "timeOff.startsAt"), instantMs(period.endsAt, "timeOff.endsAt"));
  }
  const periods = subtractIntervals(work, mergeIntervals(timeOff));

  const busy: IntervalList = [];
  const appointmentEndsMs: number[] = [];
  for (const appointment of technician.appointments) {
    const startsAtMs = instantMs(appointment.startsAt, "appointment.startsAt");
    const doneAtMs = instantMs(appointment.endsAt, "appointment.endsAt") + (appointment.bufferAfterMinutes ?? 0) * MINUTE_MS;
    const travelMs = estimateTravelMinutes(appointment.location, serviceLocation, travel) * MINUTE_MS;
    busy.push(startsAtMs - travelMs, doneAtMs + travelMs);
    appointmentEndsMs.push(doneAtMs);
  }
  appointmentEndsMs.sort((a, b) => a - b);

  const homeTravelMs = estimateTravelMinutes(technician.homeBase, serviceLocation, travel) * MINUTE_MS;
  if (homeTravelMs > 0) {
    let endIndex = 0;
    for (let index = 0; index < periods.length; index += 2) {
      const periodStartMs = periods[index] as number;
      while (endIndex < appointmentEndsMs.length && (appointmentEndsMs[endIndex] as number) < periodStartMs) endIndex++;
      const firstEndMs = endIndex < appointmentEndsMs.length ? (appointmentEndsMs[endIndex] as number) : Infinity;
      busy.push(periodStartMs, Math.min(periodStartMs + homeTravelMs, firstEndMs));
    }
  }

  return subtractIntervals(subtractIntervals(periods, breaks), mergeIntervals(busy));
}
