/**
 * Minimum notice and booking horizon: the instants a slot may start within.
 */
import { DAY_MS, MINUTE_MS } from "./calendar";
import { type ZoneClock } from "./zone-clock";

export interface BookingWindow {
  /** Slots start at or after this instant: now + minimum notice (a duration: 120 min = 2 real hours). */
  earliestStartMs: number;
  /**
   * Slots start before this instant: the same wall-clock time `bookingHorizonDays` calendar days
   * after now in the company zone (so "60 days" is not an hour off across a DST change).
   */
  startsBeforeMs: number;
}

export function bookingWindow(companyClock: ZoneClock, nowMs: number, minimumNoticeMinutes: number, bookingHorizonDays: number): BookingWindow {
  return {
    earliestStartMs: nowMs + minimumNoticeMinutes * MINUTE_MS,
    startsBeforeMs: companyClock.instantOfWallTime(companyClock.wallTimeAt(nowMs) + bookingHorizonDays * DAY_MS),
  };
}
