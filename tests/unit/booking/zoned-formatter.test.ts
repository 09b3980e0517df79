/**
 * ZonedFormatter (lib/booking/zoned-time.ts) reuses offsets read on a 36-hour grid and finds a
 * change's instant by bisection: whatever the order of the instants, it must write what a
 * fresh lookup for each instant writes, in zones with unusual changes (half-hour DST on Lord
 * Howe, Morocco's Ramadan pauses, southern-hemisphere DST).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZonedFormatter, zonedIso } from "@/lib/booking/zoned-time";

const ZONES = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Africa/Casablanca", "America/Santiago", "Asia/Kolkata", "Pacific/Chatham"];
const FROM_MS = Date.parse("2025-01-01T00:00:00Z");
const TO_MS = Date.parse("2028-01-01T00:00:00Z");

describe("ZonedFormatter", () => {
  it("writes every instant as a lookup of its own offset would, in any order", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(fc.integer({ min: FROM_MS, max: TO_MS }), { minLength: 1, maxLength: 200 }), (zone, instantsMs) => {
        const formatter = new ZonedFormatter(zone);
        for (const ms of instantsMs) expect(formatter.format(new Date(ms))).toBe(zonedIso(new Date(ms), zone));
      }),
      { numRuns: 200 },
    );
  });

  it("agrees far from today too: before 1970, with local mean time offsets, and in 2200", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.array(fc.integer({ min: Date.parse("1850-01-01T00:00:00Z"), max: Date.parse("2200-01-01T00:00:00Z") }), { minLength: 1, maxLength: 50 }), (zone, instantsMs) => {
        const formatter = new ZonedFormatter(zone);
        for (const ms of instantsMs) expect(formatter.format(new Date(ms))).toBe(zonedIso(new Date(ms), zone));
      }),
      { numRuns: 100 },
    );
  });

  it("writes the milliseconds on either side of Paris's autumn change with their own offsets", () => {
    const changeMs = Date.parse("2026-10-25T01:00:00Z");
    const formatter = new ZonedFormatter("Europe/Paris");
    const around = [changeMs + 86_400_000, changeMs, changeMs - 1, changeMs - 86_400_000, changeMs + 1];
    expect(around.map((ms) => formatter.format(new Date(ms)))).toEqual([
      "2026-10-26T02:00:00+01:00",
      "2026-10-25T02:00:00+01:00",
      "2026-10-25T02:59:59+02:00",
      "2026-10-24T03:00:00+02:00",
      "2026-10-25T02:00:00+01:00",
    ]);
  });

  it("writes a month of hours across the autumn change as one lookup per instant would", () => {
    const formatter = new ZonedFormatter("Europe/Paris");
    const hours = Array.from({ length: 31 * 24 }, (_, index) => new Date(Date.parse("2026-10-01T00:00:00Z") + index * 3_600_000));
    expect(hours.map((hour) => formatter.format(hour))).toEqual(hours.map((hour) => zonedIso(hour, "Europe/Paris")));
  });
});
