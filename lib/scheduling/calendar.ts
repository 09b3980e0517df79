/**
 * Calendar dates and wall times as plain numbers, with no zone: a date is a count of days
 * since 1970-01-01 ("epoch day"), a wall time is minutes since midnight. The zone comes in
 * only when a wall time becomes an instant (`zone-clock.ts`).
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{2}):(\d{2})$/;

/** "YYYY-MM-DD" → days since 1970-01-01. Refuses dates that do not exist (2026-02-30). */
export function parseIsoDate(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (match) {
    const epochDay = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
    if (formatEpochDay(epochDay) === isoDate) return epochDay;
  }
  throw new RangeError(`Not a "YYYY-MM-DD" date: ${isoDate}`);
}

export function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** ISO 8601 weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** Minutes since midnight of a "HH:mm" wall time; "24:00" is 1440. */
export function parseWallTime(wallTime: string): number {
  const match = WALL_TIME.exec(wallTime);
  if (match) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    if (minutes < 60 && hours * 60 + minutes <= 1440) return hours * 60 + minutes;
  }
  throw new RangeError(`Not a "HH:mm" wall time: ${wallTime}`);
}
