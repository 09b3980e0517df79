import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDateIn, isoWeekday, minutesOfWallTime, wallTimeToInstant } from "@/lib/demo/wall-clock";

const PARIS = "Europe/Paris";

describe("wallTimeToInstant", () => {
  it("builds wall times in the zone on both sides of the spring DST change", () => {
    const saturday = { year: 2026, month: 3, day: 28 };
    const sunday = { year: 2026, month: 3, day: 29 };
    expect(wallTimeToInstant(saturday, 8 * 60, PARIS).toISOString()).toBe("2026-03-28T07:00:00.000Z"); // 08:00 CET
    expect(wallTimeToInstant(sunday, 8 * 60, PARIS).toISOString()).toBe("2026-03-29T06:00:00.000Z"); // 08:00 CEST
    expect(wallTimeToInstant(sunday, 60, PARIS).toISOString()).toBe("2026-03-29T00:00:00.000Z"); // 01:00 CET
    expect(wallTimeToInstant(sunday, 3 * 60, PARIS).toISOString()).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
  });

  it("moves a wall time inside the spring-forward gap past the gap", () => {
    expect(wallTimeToInstant({ year: 2026, month: 3, day: 29 }, 2 * 60 + 30, PARIS).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("reads 24:00 as midnight at the end of the day", () => {
    expect(wallTimeToInstant({ year: 2026, month: 1, day: 15 }, minutesOfWallTime("24:00"), PARIS).toISOString()).toBe("2026-01-15T23:00:00.000Z");
  });

  it("uses the zone it is given, not the machine's", () => {
    expect(wallTimeToInstant({ year: 2026, month: 7, day: 1 }, 9 * 60, "Asia/Kolkata").toISOString()).toBe("2026-07-01T03:30:00.000Z");
  });
});

describe("calendar dates", () => {
  it("finds the local date of an instant in the zone", () => {
    expect(calendarDateIn(new Date("2026-03-28T23:30:00Z"), PARIS)).toEqual({ year: 2026, month: 3, day: 29 });
    expect(calendarDateIn(new Date("2026-03-28T23:30:00Z"), "America/New_York")).toEqual({ year: 2026, month: 3, day: 28 });
  });

  it("numbers weekdays the ISO way, Monday 1 to Sunday 7", () => {
    expect(isoWeekday({ year: 2026, month: 11, day: 23 })).toBe(1);
    expect(isoWeekday({ year: 2026, month: 11, day: 29 })).toBe(7);
  });

  it("adds days across month and year ends, and the weekday follows", () => {
    expect(addCalendarDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addCalendarDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (days) => {
        const start = { year: 2026, month: 3, day: 29 };
        expect(isoWeekday(addCalendarDays(start, days))).toBe((((7 - 1 + days) % 7) + 7) % 7 + 1);
      }),
    );
  });
});

describe("minutesOfWallTime", () => {
  it("parses HH:mm and refuses anything else", () => {
    expect(minutesOfWallTime("00:00")).toBe(0);
    expect(minutesOfWallTime("12:45")).toBe(765);
    for (const bad of ["24:01", "7:30", "12:60", "noon"]) expect(() => minutesOfWallTime(bad)).toThrow(RangeError);
  });
});
