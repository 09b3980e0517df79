/**
 * A technician's weekly working hours turned into instants, day by day, in the technician's
 * zone: each wall time is built on its own calendar day (never "previous day + 24 h"), so a
 * DST change moves the instants and keeps the wall times (product.md, failure 3).
 */
import { isoWeekdayOfEpochDay, parseWallTime } from "./calendar";
import { mergeIntervals, type IntervalList } from "./intervals";
import { type WorkingHoursEntry } from "./types";
import { type ZoneClock } from "./zone-clock";

/** Parsed weekly hours: for each ISO weekday (index 1–7), [startMinutes, endMinutes, …]. */
export interface WeeklyHours {
  work: number[][];
  breaks: number[][];
}

export function parseWeeklyHours(entries: readonly WorkingHoursEntry[]): WeeklyHours {
  const work: number[][] = Array.from({ length: 8 }, () => []);
  const breaks: number[][] = Array.from({ length: 8 }, () => []);
  for (const entry of entries) {
    if (!Number.isInteger(entry.weekday) || entry.weekday < 1 || entry.weekday > 7) {
      throw new RangeError(`Not an ISO weekday (1–7): ${entry.weekday}`);
    }
    const startMinutes = parseWallTime(entry.start);
    const endMinutes = parseWallTime(entry.end);
    // A night shift is two entries (22:00–24:00 and 00:00–06:00 the next day), never one that ends before it starts.
    if (endMinutes <= startMinutes) throw new RangeError(`Working hours end before they start: ${entry.start}–${entry.end}`);
    const target = entry.kind === "WORK" ? work : entry.kind === "BREAK" ? breaks : undefined;
    if (!target) throw new RangeError(`Unknown working-hours kind: ${String(entry.kind)}`);
    target[entry.weekday]?.push(startMinutes, endMinutes);
  }
  return { work, breaks };
}

function expandDays(clock: ZoneClock, byWeekday: number[][], firstEpochDay: number, lastEpochDay: number): IntervalList {
  const intervals: IntervalList = [];
  for (let epochDay = firstEpochDay; epochDay <= lastEpochDay; epochDay++) {
    const minutes = byWeekday[isoWeekdayOfEpochDay(epochDay)] as number[];
    for (let index = 0; index < minutes.length; index += 2) {
      intervals.push(
        clock.instantOfDayMinutes(epochDay, minutes[index] as number),
        clock.instantOfDayMinutes(epochDay, minutes[index + 1] as number),
      );
    }
  }
  return mergeIntervals(intervals);
}

/**
 * WORK and BREAK time of local days `firstEpochDay`…`lastEpochDay` as sets of instants.
 * Overlapping or touching WORK ranges join, also across midnight (22:00–24:00 then 00:00–06:00).
 */
export function expandWorkingTime(
  clock: ZoneClock,
  weeklyHours: WeeklyHours,
  firstEpochDay: number,
  lastEpochDay: number,
): { work: IntervalList; breaks: IntervalList } {
  return {
    work: expandDays(clock, weeklyHours.work, firstEpochDay, lastEpochDay),
    breaks: expandDays(clock, weeklyHours.breaks, firstEpochDay, lastEpochDay),
  };
}
