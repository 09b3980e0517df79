/**
 * A slow, obviously-correct slot engine for property tests: it walks every minute of a window,
 * reads each minute's wall clock from the zone database (`tzOffset`), finds wall times by
 * scanning for them, and keeps one flag per minute — no interval algebra, no offset cache, no
 * grid arithmetic. Inputs must be whole minutes (the generators make them so).
 *
 * Rules it encodes (the engine's, from lib/scheduling/technician-free-time.ts):
 * wall times that happen twice mean their first occurrence; wall times in a gap are read with
 * the offset before the gap (RFC 5545 §3.3.5).
 */
import { tzOffset } from "@date-fns/tz";
import { estimateTravelMinutes, type Availability, type AvailabilityRequest, type SlotTechnician } from "@/lib/scheduling";

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface MinuteWindow {
  fromMs: number;
  minutes: number;
}

/** Nine days from three days before the range's first date (UTC): room for any zone and visit. */
export function windowFor(fromDate: string): MinuteWindow {
  return { fromMs: Date.parse(`${fromDate}T00:00:00Z`) - 3 * DAY, minutes: 9 * 1440 };
}

const wallCache = new Map<string, Float64Array>();

/** The wall-clock reading (ms since 1970 of that clock) of every minute of the window. */
export function wallReadings(timeZone: string, window: MinuteWindow): Float64Array {
  const key = `${timeZone}|${window.fromMs}|${window.minutes}`;
  let readings = wallCache.get(key);
  if (!readings) {
    readings = new Float64Array(window.minutes);
    for (let minute = 0; minute < window.minutes; minute++) {
      const instantMs = window.fromMs + minute * MINUTE;
      readings[minute] = instantMs + tzOffset(timeZone, new Date(instantMs)) * MINUTE;
    }
    wallCache.set(key, readings);
  }
  return readings;
}

/** Minute index of the instant at which the clock shows `wallMs`; null outside the window. */
export function instantOfWallByScan(readings: Float64Array, window: MinuteWindow, wallMs: number): number | null {
  if (wallMs <= (readings[0] as number) || wallMs >= (readings[readings.length - 1] as number)) return null;
  for (let minute = 0; minute < readings.length; minute++) {
    if (readings[minute] === wallMs) return minute; // first occurrence
    if ((readings[minute] as number) > wallMs) {
      // Never shown: the clock jumped over it. Read it with the offset before the jump.
      const offsetBeforeMs = (readings[minute - 1] as number) - (window.fromMs + (minute - 1) * MINUTE);
      return (wallMs - offsetBeforeMs - window.fromMs) / MINUTE;
    }
  }
  return null;
}

function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

function wallMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function markInstants(flags: Uint8Array, window: MinuteWindow, fromMs: number, toMs: number): void {
  const first = Math.max(0, Math.ceil((fromMs - window.fromMs) / MINUTE));
  const last = Math.min(flags.length, Math.ceil((toMs - window.fromMs) / MINUTE));
  for (let minute = first; minute < last; minute++) flags[minute] = 1;
}

/** Per minute of the window: 1 where the technician's WORK (or BREAK) hours cover it. */
export function hoursFlags(technician: SlotTechnician, kind: "WORK" | "BREAK", window: MinuteWindow, range: { fromDate: string; toDate: string }): Uint8Array {
  const flags = new Uint8Array(window.minutes);
  const readings = wallReadings(technician.timeZone, window);
  const firstDay = Date.parse(`${range.fromDate}T00:00:00Z`) / DAY - 2;
  const lastDay = Date.parse(`${range.toDate}T00:00:00Z`) / DAY + 2;
  for (let epochDay = firstDay; epochDay <= lastDay; epochDay++) {
    for (const entry of technician.workingHours) {
      if (entry.kind !== kind || entry.weekday !== isoWeekday(epochDay)) continue;
      const start = instantOfWallByScan(readings, window, epochDay * DAY + wallMinutes(entry.start) * MINUTE);
      const end = instantOfWallByScan(readings, window, epochDay * DAY + wallMinutes(entry.end) * MINUTE);
      if (start === null || end === null) throw new Error("Oracle window too small");
      for (let minute = start; minute < end; minute++) flags[minute] = 1;
    }
  }
  return flags;
}

/** Per minute: 1 where the technician cannot be on site at `request.location`. */
export function blockedFlags(technician: SlotTechnician, request: AvailabilityRequest, window: MinuteWindow): Uint8Array {
  const work = hoursFlags(technician, "WORK", window, request.range);
  const breaks = hoursFlags(technician, "BREAK", window, request.range);
  const timeOff = new Uint8Array(window.minutes);
  for (const period of technician.timeOff) markInstants(timeOff, window, period.startsAt.getTime(), period.endsAt.getTime());
  const busy = new Uint8Array(window.minutes);
  const doneAtMs: number[] = [];
  for (const appointment of technician.appointments) {
    const travelMs = estimateTravelMinutes(appointment.location, request.location, request.settings.travel) * MINUTE;
    const done = appointment.endsAt.getTime() + (appointment.bufferAfterMinutes ?? 0) * MINUTE;
    markInstants(busy, window, appointment.startsAt.getTime() - travelMs, done + travelMs);
    doneAtMs.push(done);
  }
  const homeTravelMs = estimateTravelMinutes(technician.homeBase, request.location, request.settings.travel) * MINUTE;
  const working = (minute: number) => work[minute] === 1 && timeOff[minute] === 0;
  for (let minute = 0; minute < window.minutes; minute++) {
    if (!working(minute) || (minute > 0 && working(minute - 1))) continue;
    // A working period starts here, at home base.
    const startMs = window.fromMs + minute * MINUTE;
    const firstDoneMs = Math.min(Infinity, ...doneAtMs.filter((done) => done >= startMs));
    markInstants(busy, window, startMs, Math.min(startMs + homeTravelMs, firstDoneMs));
  }
  const blocked = new Uint8Array(window.minutes);
  for (let minute = 0; minute < window.minutes; minute++) {
    blocked[minute] = working(minute) && breaks[minute] === 0 && busy[minute] === 0 ? 0 : 1;
  }
  return blocked;
}

export function computeAvailabilityByBruteForce(request: AvailabilityRequest): Availability {
  const window = windowFor(request.range.fromDate);
  const company = wallReadings(request.companyTimeZone, window);
  const firstDay = Date.parse(`${request.range.fromDate}T00:00:00Z`) / DAY;
  const lastDay = Date.parse(`${request.range.toDate}T00:00:00Z`) / DAY;
  const { service, settings } = request;
  const nowMs = request.now.getTime();
  const nowMinute = (nowMs - window.fromMs) / MINUTE;
  if (!Number.isInteger(nowMinute) || nowMinute < 0 || nowMinute >= window.minutes) throw new Error("now must be a whole minute inside the window");
  const horizonMinute = instantOfWallByScan(company, window, (company[nowMinute] as number) + settings.bookingHorizonDays * DAY);
  const startsBeforeMs =
    horizonMinute !== null
      ? window.fromMs + horizonMinute * MINUTE
      : (company[nowMinute] as number) + settings.bookingHorizonDays * DAY > (company[company.length - 1] as number)
        ? Infinity
        : -Infinity;
  const earliestMs = nowMs + settings.minimumNoticeMinutes * MINUTE;
  const visitMinutes = service.durationMinutes + service.bufferAfterMinutes;

  const qualified = request.technicians
    .filter((technician) => service.requiredSkillIds.every((skill) => technician.skillIds.includes(skill)))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const blockedPrefix = qualified.map((technician) => {
    const blocked = blockedFlags(technician, request, window);
    const prefix = new Int32Array(window.minutes + 1);
    for (let minute = 0; minute < window.minutes; minute++) prefix[minute + 1] = (prefix[minute] as number) + (blocked[minute] as number);
    return prefix;
  });

  const days: Availability["days"] = [];
  for (let epochDay = firstDay; epochDay <= lastDay; epochDay++) {
    days.push({ date: new Date(epochDay * DAY).toISOString().slice(0, 10), slots: [] });
  }
  for (let minute = 0; minute < window.minutes; minute++) {
    const wall = company[minute] as number;
    const epochDay = Math.floor(wall / DAY);
    if (epochDay < firstDay || epochDay > lastDay) continue;
    if (((wall - epochDay * DAY) / MINUTE) % settings.slotStepMinutes !== 0) continue;
    const startMs = window.fromMs + minute * MINUTE;
    if (startMs < earliestMs || startMs >= startsBeforeMs) continue;
    if (minute + visitMinutes > window.minutes) throw new Error("Oracle window too small");
    const technicianIds = qualified
      .filter((_, index) => (blockedPrefix[index] as Int32Array)[minute + visitMinutes] === (blockedPrefix[index] as Int32Array)[minute])
      .map((technician) => technician.id);
    if (technicianIds.length === 0) continue;
    days[epochDay - firstDay]?.slots.push({ startsAt: new Date(startMs), endsAt: new Date(startMs + service.durationMinutes * MINUTE), technicianIds });
  }
  return { days };
}
