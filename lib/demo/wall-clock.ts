/**
 * Calendar dates and local wall times in an IANA zone, turned into instants the DST-safe
 * way: build the wall time in the zone (TZDate), never add 24 h (product.md, failure 3).
 */
import { TZDate } from "@date-fns/tz";

/** A calendar date with no zone: month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date an instant falls on in `timeZone`. */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  const local = new TZDate(instant.getTime(), timeZone);
  return { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** ISO 8601 weekday: 1 = Monday … 7 = Sunday (the numbering of WorkingHours.weekday). */
export function isoWeekday(date: CalendarDate): number {
  const sundayBased = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sundayBased === 0 ? 7 : sundayBased;
}

/** Minutes since midnight of a "HH:mm" wall time; "24:00" is 1440. */
export function minutesOfWallTime(wallTime: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(wallTime);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || minutes > 59 || hours * 60 + minutes > 24 * 60) throw new RangeError(`Not a "HH:mm" wall time: ${wallTime}`);
  return hours * 60 + minutes;
}

/**
 * The instant at which clocks in `timeZone` show `minutesOfDay` on `date`. In the spring-forward
 * gap the wall time does not exist and TZDate moves it forward by the gap (02:30 → 03:30 CEST).
 */
export function wallTimeToInstant(date: CalendarDate, minutesOfDay: number, timeZone: string): Date {
  const local = new TZDate(date.year, date.month - 1, date.day, 0, minutesOfDay, timeZone);
  return new Date(local.getTime());
}
