import { type EmailContext } from "./context";
import { wallClock, wallClockWithYear } from "./format";

/** "Tuesday 3 March, 14:00 (Europe/Paris)": an instant in a named zone. */
export function dateTimeInZone(ctx: EmailContext, instant: string, timeZone: string): string {
  return ctx.t("common.dateTime", { ...wallClock(instant, timeZone, ctx.locale), timeZone });
}

/** "Tuesday 3 March 2026, 14:00 (Europe/Paris)": for expiries that may be months away. */
export function dateTimeWithYearInZone(ctx: EmailContext, instant: string, timeZone: string): string {
  return ctx.t("common.dateTime", { ...wallClockWithYear(instant, timeZone, ctx.locale), timeZone });
}

/** "Tuesday 3 March, 14:00–15:30 (Europe/Paris)": a visit on one day. */
export function timeRangeInZone(ctx: EmailContext, startsAt: string, endsAt: string, timeZone: string): string {
  const start = wallClock(startsAt, timeZone, ctx.locale);
  const end = wallClock(endsAt, timeZone, ctx.locale);
  if (start.date !== end.date) {
    return ctx.t("common.dateTimeRangeAcrossDays", {
      start: dateTimeInZone(ctx, startsAt, timeZone),
      end: dateTimeInZone(ctx, endsAt, timeZone),
    });
  }
  return ctx.t("common.timeRange", { date: start.date, start: start.time, end: end.time, timeZone });
}

/** The date alone, for subjects ("Tuesday 3 March"). */
export function dateInZone(ctx: EmailContext, instant: string, timeZone: string): string {
  return wallClock(instant, timeZone, ctx.locale).date;
}
