import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_MS, parseIsoDate } from "@/lib/scheduling/calendar";
import { slotGridOfDay } from "@/lib/scheduling/slot-grid";
import { createZoneClock } from "@/lib/scheduling/zone-clock";
import { FIRST_DATES, ZONES } from "./arbitraries";
import { instantOfWallByScan, wallReadings, windowFor } from "./brute-force-oracle";

const MINUTE = 60_000;

function clockAround(timeZone: string, date: string) {
  const epochDay = parseIsoDate(date);
  return { clock: createZoneClock(timeZone, (epochDay - 5) * DAY_MS, (epochDay + 6) * DAY_MS), epochDay };
}

function instantOf(timeZone: string, date: string, hours: number, minutes = 0): string {
  const { clock, epochDay } = clockAround(timeZone, date);
  return new Date(clock.instantOfDayMinutes(epochDay, hours * 60 + minutes)).toISOString();
}

describe("createZoneClock: wall time → instant", () => {
  it("builds ordinary wall times like TZDate", () => {
    expect(instantOf("Europe/Paris", "2026-01-14", 9)).toBe("2026-01-14T08:00:00.000Z"); // CET
    expect(instantOf("Europe/Paris", "2026-07-14", 9)).toBe("2026-07-14T07:00:00.000Z"); // CEST
    expect(instantOf("Asia/Kolkata", "2026-07-01", 9)).toBe("2026-07-01T03:30:00.000Z");
    expect(instantOf("Europe/Paris", "2026-01-14", 24)).toBe("2026-01-14T23:00:00.000Z"); // "24:00": the next midnight
  });

  it("reads a wall time in a spring-forward gap with the offset before the gap (RFC 5545)", () => {
    expect(instantOf("Europe/Paris", "2026-03-29", 2, 30)).toBe("2026-03-29T01:30:00.000Z"); // 03:30 CEST
    expect(instantOf("America/New_York", "2026-03-08", 2, 30)).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(instantOf("Australia/Lord_Howe", "2026-10-04", 2, 15)).toBe("2026-10-03T15:45:00.000Z"); // 02:45 +11:00
    expect(instantOf("America/Santiago", "2026-09-06", 0)).toBe("2026-09-06T04:00:00.000Z"); // no midnight: 01:00 -03:00
  });

  it("reads a wall time that happens twice as its first occurrence, whatever the server's zone", () => {
    expect(instantOf("Europe/Paris", "2026-10-25", 2, 30)).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
    expect(instantOf("America/New_York", "2026-11-01", 1, 30)).toBe("2026-11-01T05:30:00.000Z"); // 01:30 EDT
    expect(instantOf("Australia/Lord_Howe", "2026-04-05", 1, 45)).toBe("2026-04-04T14:45:00.000Z"); // 01:45 +11:00
    expect(instantOf("America/Santiago", "2026-04-04", 23, 30)).toBe("2026-04-05T02:30:00.000Z"); // 23:30 -03:00
  });

  it("agrees with TZDate on every wall time that happens exactly once", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...FIRST_DATES),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 1439 }),
        (timeZone, date, dayShift, minutes) => {
          const { clock, epochDay } = clockAround(timeZone, date);
          const day = new Date((epochDay + dayShift) * DAY_MS);
          const viaTzDate = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, minutes, timeZone).getTime();
          const reads = (instantMs: number) => {
            const local = new TZDate(instantMs, timeZone);
            return local.getDate() === day.getUTCDate() && local.getHours() * 60 + local.getMinutes() === minutes;
          };
          // Another instant showing the same wall time (±30 or ±60 min) means it happens twice.
          const happensTwice = [-60, -30, 30, 60].some((shift) => reads(viaTzDate + shift * MINUTE));
          fc.pre(reads(viaTzDate) && !happensTwice);
          expect(clock.instantOfDayMinutes(epochDay + dayShift, minutes)).toBe(viaTzDate);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agrees with a minute-by-minute scan on every wall time, gaps and repeats included", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...FIRST_DATES), fc.integer({ min: 0, max: 1440 }), (timeZone, date, minutes) => {
        const { clock, epochDay } = clockAround(timeZone, date);
        const window = windowFor(date);
        const scanned = instantOfWallByScan(wallReadings(timeZone, window), window, epochDay * DAY_MS + minutes * MINUTE);
        expect(clock.instantOfDayMinutes(epochDay, minutes)).toBe(window.fromMs + (scanned as number) * MINUTE);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads offsets outside its window from the zone database", () => {
    const { clock } = clockAround("Europe/Paris", "2026-01-14");
    expect(clock.offsetAt(Date.parse("2026-07-01T00:00:00Z"))).toBe(2 * 3_600_000);
    expect(() => clock.stretchesBetween(Date.parse("2026-07-01T00:00:00Z"), Date.parse("2026-07-02T00:00:00Z"))).toThrow(RangeError);
  });

  it("refuses an unknown zone", () => {
    expect(() => createZoneClock("Mars/Olympus_Mons", 0, DAY_MS)).toThrow(RangeError);
  });
});

describe("slotGridOfDay", () => {
  const grid = (timeZone: string, date: string, stepMinutes: number) => {
    const { clock, epochDay } = clockAround(timeZone, date);
    return slotGridOfDay(clock, epochDay, stepMinutes, -Infinity, Infinity);
  };

  it("has 23, 24 and 25 hourly times on Paris's short, ordinary and long days", () => {
    expect(grid("Europe/Paris", "2026-03-29", 60)).toHaveLength(23);
    expect(grid("Europe/Paris", "2026-03-30", 60)).toHaveLength(24);
    expect(grid("Europe/Paris", "2026-10-25", 60)).toHaveLength(25);
  });

  it("counts each day's grid from its own midnight when the step does not divide the day", () => {
    // 50-minute step: 00:00, 00:50, … 23:20 — 29 times, every day starting again at 00:00.
    const monday = grid("Europe/Paris", "2026-01-12", 50);
    const tuesday = grid("Europe/Paris", "2026-01-13", 50);
    expect(monday).toHaveLength(29);
    expect(new Date(monday[28] as number).toISOString()).toBe("2026-01-12T22:20:00.000Z"); // 23:20 CET
    expect(new Date(tuesday[0] as number).toISOString()).toBe("2026-01-12T23:00:00.000Z"); // 00:00 CET
  });

  it("starts a day without a midnight at its first instant", () => {
    // Santiago, 2026-09-06: clocks go from 23:59:59 on the 5th to 01:00 on the 6th.
    expect(new Date(grid("America/Santiago", "2026-09-06", 60)[0] as number).toISOString()).toBe("2026-09-06T04:00:00.000Z"); // 01:00 -03:00
    expect(grid("America/Santiago", "2026-09-06", 60)).toHaveLength(23);
    expect(grid("America/Santiago", "2026-04-04", 60)).toHaveLength(25); // 23:00 twice
  });
});
