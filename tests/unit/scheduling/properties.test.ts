/**
 * Properties of computeAvailability over random technicians, hours, appointments, time off,
 * zones, dates around DST changes, `now` and settings (arbitraries.ts). Each invariant is
 * checked on its own; the last property compares the whole answer with a brute-force engine
 * that walks every minute (brute-force-oracle.ts), so a missing slot fails too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAvailability, estimateTravelMinutes, type Availability, type AvailabilityRequest, type Slot, type SlotTechnician } from "@/lib/scheduling";
import { availabilityRequestArbitrary } from "./arbitraries";
import { computeAvailabilityByBruteForce, hoursFlags, wallReadings, windowFor } from "./brute-force-oracle";

const MINUTE = 60_000;
const DAY = 86_400_000;
const RUNS = { numRuns: 300 };

function eachListedTechnician(request: AvailabilityRequest, result: Availability, check: (slot: Slot, technician: SlotTechnician) => void): void {
  const byId = new Map(request.technicians.map((technician) => [technician.id, technician]));
  for (const day of result.days) {
    for (const slot of day.slots) {
      for (const id of slot.technicianIds) check(slot, byId.get(id) as SlotTechnician);
    }
  }
}

/** [start, start + duration + buffer): the time the technician is taken by the new visit. */
function occupiedUntilMs(request: AvailabilityRequest, slot: Slot): number {
  return slot.startsAt.getTime() + (request.service.durationMinutes + request.service.bufferAfterMinutes) * MINUTE;
}

// Hundreds of generated cases per property: allow for a loaded 2-core CI machine (no timing is asserted).
describe("computeAvailability properties", { timeout: 120_000 }, () => {
  it("never overlaps a listed technician's appointment (with its buffer and the travel both ways) or time off", () => {
    fc.assert(
      fc.property(availabilityRequestArbitrary, (request) => {
        const result = computeAvailability(request);
        eachListedTechnician(request, result, (slot, technician) => {
          const startMs = slot.startsAt.getTime();
          const untilMs = occupiedUntilMs(request, slot);
          for (const appointment of technician.appointments) {
            const travelMs = estimateTravelMinutes(appointment.location, request.location, request.settings.travel) * MINUTE;
            const busyFromMs = appointment.startsAt.getTime() - travelMs;
            const busyUntilMs = appointment.endsAt.getTime() + (appointment.bufferAfterMinutes ?? 0) * MINUTE + travelMs;
            expect(untilMs <= busyFromMs || startMs >= busyUntilMs).toBe(true);
          }
          for (const period of technician.timeOff) {
            expect(untilMs <= period.startsAt.getTime() || startMs >= period.endsAt.getTime()).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });

  it("keeps every visit and its buffer inside each listed technician's working hours minus breaks", () => {
    fc.assert(
      fc.property(availabilityRequestArbitrary, (request) => {
        const window = windowFor(request.range.fromDate);
        const result = computeAvailability(request);
        const flags = new Map<string, { work: Uint8Array; breaks: Uint8Array }>();
        eachListedTechnician(request, result, (slot, technician) => {
          let technicianFlags = flags.get(technician.id);
          if (!technicianFlags) {
            technicianFlags = { work: hoursFlags(technician, "WORK", window, request.range), breaks: hoursFlags(technician, "BREAK", window, request.range) };
            flags.set(technician.id, technicianFlags);
          }
          const outside: string[] = [];
          for (let ms = slot.startsAt.getTime(); ms < occupiedUntilMs(request, slot); ms += MINUTE) {
            const minute = (ms - window.fromMs) / MINUTE;
            if (technicianFlags.work[minute] !== 1 || technicianFlags.breaks[minute] !== 0) outside.push(new Date(ms).toISOString());
          }
          expect(outside).toEqual([]);
        });
      }),
      RUNS,
    );
  });

  it("starts every slot at or after now + notice and before now + horizon, on the company's grid", () => {
    fc.assert(
      fc.property(availabilityRequestArbitrary, (request) => {
        const { settings } = request;
        const result = computeAvailability(request);
        const window = windowFor(request.range.fromDate);
        const company = wallReadings(request.companyTimeZone, window);
        const nowMs = request.now.getTime();
        // The horizon is a wall-clock time, so it is within a day of now + N × 24 h.
        const loosestHorizonMs = nowMs + settings.bookingHorizonDays * DAY + DAY;
        for (const day of result.days) {
          for (const slot of day.slots) {
            const startMs = slot.startsAt.getTime();
            expect(startMs).toBeGreaterThanOrEqual(nowMs + settings.minimumNoticeMinutes * MINUTE);
            expect(startMs).toBeLessThan(loosestHorizonMs);
            const wallMs = company[(startMs - window.fromMs) / MINUTE] as number;
            // Same wall-clock time N days later, in the company zone.
            const nowWallMs = company[(nowMs - window.fromMs) / MINUTE] as number;
            expect(wallMs).toBeLessThan(nowWallMs + settings.bookingHorizonDays * DAY);
            expect(new Date(Math.floor(wallMs / DAY) * DAY).toISOString().slice(0, 10)).toBe(day.date);
            expect(((wallMs % DAY) / MINUTE) % settings.slotStepMinutes).toBe(0);
            expect(slot.endsAt.getTime() - startMs).toBe(request.service.durationMinutes * MINUTE);
          }
        }
      }),
      RUNS,
    );
  });

  it("lists every day of the range once, each day's slots sorted and unique, each with qualified technicians sorted by id", () => {
    fc.assert(
      fc.property(availabilityRequestArbitrary, (request) => {
        const result = computeAvailability(request);
        const firstDay = Date.parse(`${request.range.fromDate}T00:00:00Z`);
        expect(result.days.map((day) => day.date)).toEqual(
          result.days.map((_, index) => new Date(firstDay + index * DAY).toISOString().slice(0, 10)),
        );
        expect(result.days.at(-1)?.date).toBe(request.range.toDate);
        for (const day of result.days) {
          const startsMs = day.slots.map((slot) => slot.startsAt.getTime());
          for (let index = 1; index < startsMs.length; index++) expect(startsMs[index]).toBeGreaterThan(startsMs[index - 1] as number);
          for (const slot of day.slots) {
            expect(slot.technicianIds.length).toBeGreaterThan(0);
            expect(slot.technicianIds).toEqual([...new Set(slot.technicianIds)].sort());
          }
        }
        eachListedTechnician(request, result, (_, technician) => {
          for (const skill of request.service.requiredSkillIds) expect(technician.skillIds).toContain(skill);
        });
      }),
      RUNS,
    );
  });

  it("gives exactly the slots a minute-by-minute brute force finds", () => {
    fc.assert(
      fc.property(availabilityRequestArbitrary, (request) => {
        expect(computeAvailability(request)).toEqual(computeAvailabilityByBruteForce(request));
      }),
      RUNS,
    );
  });

  it("does not depend on the order technicians, appointments and hours are given in", () => {
    fc.assert(
      fc.property(availabilityRequestArbitrary, (request) => {
        const reversed: AvailabilityRequest = {
          ...request,
          technicians: [...request.technicians].reverse().map((technician) => ({
            ...technician,
            workingHours: [...technician.workingHours].reverse(),
            appointments: [...technician.appointments].reverse(),
            timeOff: [...technician.timeOff].reverse(),
          })),
        };
        expect(computeAvailability(reversed)).toEqual(computeAvailability(request));
      }),
      { numRuns: 100 },
    );
  });
});
