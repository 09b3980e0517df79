/**
 * The slot engine (product.md §2): for one service at one address, each day's slots and the
 * technicians who can take each.
 *
 * Rules:
 * - Days are calendar days in the company zone, and so is the slot grid: starts are multiples
 *   of `slotStepMinutes` counted from the company's local midnight (`slot-grid.ts`). The service
 *   address's zone does not move slots between days; it is the zone times are *shown* in
 *   (`describeZones`, which also gives the address's own date for a late slot).
 * - A technician qualifies with every required skill; a slot lists each qualified technician
 *   who has [start, start + duration + buffer) inside their free time (`technician-free-time.ts`:
 *   working hours minus breaks, time off, appointments with their buffers and travel, and the
 *   drive from home base).
 * - Starts are at or after now + minimum notice and before now + horizon (`booking-window.ts`).
 *
 * Cost: one pass per qualified technician over that technician's free intervals and the grid;
 * zone offsets are looked up once per zone (`zone-clock.ts`).
 */
import { bookingWindow } from "./booking-window";
import { DAY_MS, MINUTE_MS, formatEpochDay, parseIsoDate } from "./calendar";
import { slotGridOfDay } from "./slot-grid";
import { instantMs, technicianFreeTime } from "./technician-free-time";
import { type Availability, type AvailabilityRequest, type Slot, type SlotTechnician } from "./types";
import { parseWeeklyHours } from "./working-time";
import { createZoneClock, type ZoneClock } from "./zone-clock";

/** Zone clocks cover the range with this many days to spare on each side. */
const CLOCK_MARGIN_DAYS = 5;

function requireNumber(value: number, what: string, { min, max = Infinity, integer = false }: { min: number; max?: number; integer?: boolean }): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new RangeError(`${what} must be ${integer ? "an integer" : "a number"} in [${min}, ${max}], got ${String(value)}`);
  }
}

function validate(request: AvailabilityRequest): void {
  const { service, settings } = request;
  requireNumber(service.durationMinutes, "service.durationMinutes", { min: 1 });
  requireNumber(service.bufferAfterMinutes, "service.bufferAfterMinutes", { min: 0 });
  requireNumber(settings.slotStepMinutes, "settings.slotStepMinutes", { min: 1, integer: true });
  requireNumber(settings.minimumNoticeMinutes, "settings.minimumNoticeMinutes", { min: 0 });
  requireNumber(settings.bookingHorizonDays, "settings.bookingHorizonDays", { min: 0, integer: true });
  requireNumber(settings.travel.averageSpeedKmh, "settings.travel.averageSpeedKmh", { min: Number.MIN_VALUE });
  requireNumber(settings.travel.roadFactor, "settings.travel.roadFactor", { min: Number.MIN_VALUE });
  requireNumber(request.location.latitude, "location.latitude", { min: -90, max: 90 });
  requireNumber(request.location.longitude, "location.longitude", { min: -180, max: 180 });
}

function hasEverySkill(technician: SlotTechnician, requiredSkillIds: readonly string[]): boolean {
  if (requiredSkillIds.length === 0) return true;
  const skills = new Set(technician.skillIds);
  return requiredSkillIds.every((skillId) => skills.has(skillId));
}

export function computeAvailability(request: AvailabilityRequest): Availability {
  validate(request);
  const { service, settings } = request;
  const firstEpochDay = parseIsoDate(request.range.fromDate);
  const lastEpochDay = parseIsoDate(request.range.toDate);
  if (lastEpochDay < firstEpochDay) throw new RangeError(`range.toDate ${request.range.toDate} is before range.fromDate ${request.range.fromDate}`);

  const clockFromMs = (firstEpochDay - CLOCK_MARGIN_DAYS) * DAY_MS;
  const clockToMs = (lastEpochDay + 1 + CLOCK_MARGIN_DAYS) * DAY_MS;
  const clocks = new Map<string, ZoneClock>();
  const clockOf = (timeZone: string): ZoneClock => {
    let clock = clocks.get(timeZone);
    if (!clock) {
      clock = createZoneClock(timeZone, clockFromMs, clockToMs);
      clocks.set(timeZone, clock);
    }
    return clock;
  };
  const companyClock = clockOf(request.companyTimeZone);

  const nowMs = instantMs(request.now, "now");
  const window = bookingWindow(companyClock, nowMs, settings.minimumNoticeMinutes, settings.bookingHorizonDays);
  const fromMs = Math.max(companyClock.instantOfDayMinutes(firstEpochDay, 0), window.earliestStartMs);
  const toMs = Math.min(companyClock.instantOfDayMinutes(lastEpochDay + 1, 0), window.startsBeforeMs);

  // The grid of every day, end to end: one ascending list of candidate starts.
  const candidateStartsMs: number[] = [];
  const dayEndIndexes: number[] = [];
  for (let epochDay = firstEpochDay; epochDay <= lastEpochDay; epochDay++) {
    if (fromMs < toMs) candidateStartsMs.push(...slotGridOfDay(companyClock, epochDay, settings.slotStepMinutes, fromMs, toMs));
    dayEndIndexes.push(candidateStartsMs.length);
  }

  const technicianIdsByCandidate: (string[] | undefined)[] = new Array<string[] | undefined>(candidateStartsMs.length);
  if (candidateStartsMs.length > 0) {
    const visitMs = (service.durationMinutes + service.bufferAfterMinutes) * MINUTE_MS;
    const qualified = request.technicians
      .filter((technician) => hasEverySkill(technician, service.requiredSkillIds))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const technician of qualified) {
      const free = technicianFreeTime({
        technician,
        weeklyHours: parseWeeklyHours(technician.workingHours),
        clock: clockOf(technician.timeZone),
        fromMs,
        toMs: toMs + visitMs,
        serviceLocation: request.location,
        travel: settings.travel,
      });
      // Both lists ascend: a free interval that ends before one visit would end is too short for every later one.
      let freeIndex = 0;
      for (let candidate = 0; candidate < candidateStartsMs.length && freeIndex < free.length; candidate++) {
        const startMs = candidateStartsMs[candidate] as number;
        while (freeIndex < free.length && (free[freeIndex + 1] as number) < startMs + visitMs) freeIndex += 2;
        if (freeIndex < free.length && (free[freeIndex] as number) <= startMs) {
          (technicianIdsByCandidate[candidate] ??= []).push(technician.id);
        }
      }
    }
  }

  const durationMs = service.durationMinutes * MINUTE_MS;
  const days: Availability["days"] = [];
  let candidate = 0;
  for (let dayIndex = 0; dayIndex <= lastEpochDay - firstEpochDay; dayIndex++) {
    const slots: Slot[] = [];
    for (const dayEnd = dayEndIndexes[dayIndex] as number; candidate < dayEnd; candidate++) {
      const technicianIds = technicianIdsByCandidate[candidate];
      if (!technicianIds) continue;
      const startMs = candidateStartsMs[candidate] as number;
      slots.push({ startsAt: new Date(startMs), endsAt: new Date(startMs + durationMs), technicianIds });
    }
    days.push({ date: formatEpochDay(firstEpochDay + dayIndex), slots });
  }
  return { days };
}
