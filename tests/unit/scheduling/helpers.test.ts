import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeZones, estimateTravelMinutes, haversineKm, pickTechnician } from "@/lib/scheduling";
import { formatEpochDay, isoWeekdayOfEpochDay, parseIsoDate, parseWallTime } from "@/lib/scheduling/calendar";
import { mergeIntervals, subtractIntervals } from "@/lib/scheduling/intervals";
import { PARIS_CENTRE, TWENTY_EIGHT_MINUTES_NORTH } from "./fixtures";

describe("travel", () => {
  it("measures great-circle distances", () => {
    expect(haversineKm(PARIS_CENTRE, PARIS_CENTRE)).toBe(0);
    expect(haversineKm({ latitude: 48, longitude: 2 }, { latitude: 49, longitude: 2 })).toBeCloseTo(111.195, 3); // 1° of a meridian
    expect(haversineKm({ latitude: 48.8566, longitude: 2.3522 }, { latitude: 51.5072, longitude: -0.1276 })).toBeCloseTo(343.9, 0); // Paris–London
  });

  it("rounds travel up to whole minutes from distance × road factor ÷ speed", () => {
    expect(estimateTravelMinutes(PARIS_CENTRE, TWENTY_EIGHT_MINUTES_NORTH, { averageSpeedKmh: 60, roadFactor: 1 })).toBe(28); // 27.80 km
    expect(estimateTravelMinutes(PARIS_CENTRE, TWENTY_EIGHT_MINUTES_NORTH, { averageSpeedKmh: 40, roadFactor: 1.3 })).toBe(55); // 36.14 km at 40 km/h: 54.2 min
    expect(estimateTravelMinutes(PARIS_CENTRE, PARIS_CENTRE, { averageSpeedKmh: 40, roadFactor: 1.3 })).toBe(0);
  });

  it("refuses to turn a missing coordinate into no travel", () => {
    expect(() => estimateTravelMinutes(PARIS_CENTRE, { latitude: Number.NaN, longitude: 2 }, { averageSpeedKmh: 40, roadFactor: 1.3 })).toThrow(RangeError);
  });
});

describe("describeZones", () => {
  const instant = new Date("2026-06-12T12:00:00Z");

  it("names the address's time and zone, and the viewer's time when their clock differs", () => {
    expect(describeZones({ instant, addressZone: "Europe/Paris", viewerZone: "Europe/London" })).toEqual({
      addressZone: "Europe/Paris",
      addressDate: "2026-06-12",
      addressTime: "14:00",
      addressUtcOffset: "+02:00",
      differs: true,
      viewerZone: "Europe/London",
      viewerDate: "2026-06-12",
      viewerTime: "13:00",
      viewerUtcOffset: "+01:00",
    });
  });

  it("adds nothing for a viewer whose clock reads the same, even under another zone name", () => {
    const expected = { addressZone: "Europe/Paris", addressDate: "2026-06-12", addressTime: "14:00", addressUtcOffset: "+02:00", differs: false };
    expect(describeZones({ instant, addressZone: "Europe/Paris", viewerZone: "Europe/Paris" })).toEqual(expected);
    expect(describeZones({ instant, addressZone: "Europe/Paris", viewerZone: "Europe/Brussels" })).toEqual(expected);
    expect(describeZones({ instant, addressZone: "Europe/Paris" })).toEqual(expected);
    expect(describeZones({ instant, addressZone: "Europe/Paris", viewerZone: "Not/AZone" })).toEqual(expected);
  });

  it("tells the two 02:30s of the autumn night apart by their offset", () => {
    const first = describeZones({ instant: new Date("2026-10-25T00:30:00Z"), addressZone: "Europe/Paris" });
    const second = describeZones({ instant: new Date("2026-10-25T01:30:00Z"), addressZone: "Europe/Paris" });
    expect([first.addressTime, first.addressUtcOffset]).toEqual(["02:30", "+02:00"]);
    expect([second.addressTime, second.addressUtcOffset]).toEqual(["02:30", "+01:00"]);
  });

  it("shows the viewer's date when it is another day", () => {
    const description = describeZones({ instant: new Date("2026-01-14T02:00:00Z"), addressZone: "Europe/Paris", viewerZone: "America/New_York" });
    expect(description).toMatchObject({ addressDate: "2026-01-14", addressTime: "03:00", viewerDate: "2026-01-13", viewerTime: "21:00", viewerUtcOffset: "-05:00" });
  });

  it("refuses an unknown address zone: the address's zone is the truth", () => {
    expect(() => describeZones({ instant, addressZone: "Europe/Atlantis" })).toThrow(RangeError);
  });
});

describe("pickTechnician", () => {
  const slot = { technicianIds: ["tech-a", "tech-b", "tech-c"] };

  it("picks the free technician with the fewest appointments that day", () => {
    expect(pickTechnician(slot, ["tech-a", "tech-b", "tech-c"], new Map([["tech-a", 3], ["tech-b", 1], ["tech-c", 2]]))).toBe("tech-b");
  });

  it("counts a technician missing from the counts as having none", () => {
    expect(pickTechnician(slot, ["tech-a", "tech-b", "tech-c"], new Map([["tech-a", 1], ["tech-b", 1]]))).toBe("tech-c");
  });

  it("breaks ties by id, whatever the order", () => {
    expect(pickTechnician({ technicianIds: ["tech-c", "tech-b", "tech-a"] }, ["tech-c", "tech-b"], new Map([["tech-a", 0], ["tech-b", 2], ["tech-c", 2]]))).toBe("tech-b");
  });

  it("considers only candidates free for the slot, and says when there is none", () => {
    expect(pickTechnician(slot, ["tech-c", "tech-z"], new Map([["tech-z", 0], ["tech-c", 5]]))).toBe("tech-c");
    expect(pickTechnician(slot, ["tech-z"], new Map())).toBeNull();
    expect(pickTechnician({ technicianIds: [] }, ["tech-a"], new Map())).toBeNull();
  });
});

describe("calendar", () => {
  it("parses and formats dates, refusing ones that do not exist", () => {
    expect(formatEpochDay(parseIsoDate("2028-02-29"))).toBe("2028-02-29");
    expect(() => parseIsoDate("2026-02-29")).toThrow(RangeError);
    expect(() => parseIsoDate("2026-1-05")).toThrow(RangeError);
  });

  it("numbers weekdays the ISO way", () => {
    expect(isoWeekdayOfEpochDay(parseIsoDate("2026-01-12"))).toBe(1); // Monday
    expect(isoWeekdayOfEpochDay(parseIsoDate("2026-01-18"))).toBe(7); // Sunday
    expect(isoWeekdayOfEpochDay(parseIsoDate("1969-12-31"))).toBe(3); // Wednesday, before the epoch
  });

  it("reads HH:mm, with 24:00 as the end of the day", () => {
    expect(parseWallTime("00:00")).toBe(0);
    expect(parseWallTime("08:30")).toBe(510);
    expect(parseWallTime("24:00")).toBe(1440);
    for (const bad of ["24:01", "8:30", "08:60", "08h30", ""]) expect(() => parseWallTime(bad)).toThrow(RangeError);
  });
});

describe("intervals", () => {
  /** Every minute an interval list covers, for comparing with plain sets. */
  const minutes = (intervals: number[]) => {
    const covered = new Set<number>();
    for (let index = 0; index < intervals.length; index += 2) {
      for (let minute = intervals[index] as number; minute < (intervals[index + 1] as number); minute++) covered.add(minute);
    }
    return covered;
  };
  const intervalList = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 40 })), { maxLength: 12 })
    .map((pairs) => pairs.flatMap(([start, length]) => [start, start + length]));

  it("merges into sorted, disjoint, non-touching intervals covering the same minutes", () => {
    expect(mergeIntervals([5, 10, 0, 2, 2, 3, 9, 12, 20, 20])).toEqual([0, 3, 5, 12]);
    fc.assert(
      fc.property(intervalList, (intervals) => {
        const merged = mergeIntervals(intervals);
        expect(minutes(merged)).toEqual(minutes(intervals));
        for (let index = 2; index < merged.length; index += 2) expect(merged[index]).toBeGreaterThan(merged[index - 1] as number);
      }),
    );
  });

  it("subtracts minute for minute", () => {
    expect(subtractIntervals([0, 10, 20, 30], [5, 22])).toEqual([0, 5, 22, 30]);
    fc.assert(
      fc.property(intervalList, intervalList, (base, removed) => {
        const expected = [...minutes(base)].filter((minute) => !minutes(removed).has(minute));
        expect(minutes(subtractIntervals(mergeIntervals(base), mergeIntervals(removed)))).toEqual(new Set(expected));
      }),
    );
  });
});
