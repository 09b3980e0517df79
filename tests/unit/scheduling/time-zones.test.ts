import { describe, expect, it } from "vitest";
import { computeAvailability, describeZones } from "@/lib/scheduling";
import { availabilityRequest, hours, starts, startsOn, technician } from "./fixtures";

const SPRING_FORWARD = "2026-03-29"; // Paris: 02:00 CET → 03:00 CEST, 02:00–02:59 never happens
const FALL_BACK = "2026-10-25"; // Paris: 03:00 CEST → 02:00 CET, 02:00–02:59 happens twice
const SUNDAY = 7;

const sundayRequest = (date: string, start: string, end: string, slotStepMinutes: number, durationMinutes = 60) =>
  availabilityRequest({
    range: { fromDate: date, toDate: date },
    technicians: [technician({ workingHours: hours(SUNDAY, start, end) })],
    service: { durationMinutes },
    settings: { slotStepMinutes },
  });

describe("computeAvailability on Paris DST days", () => {
  it("skips the missing hour when Paris springs forward", () => {
    expect(starts(computeAvailability(sundayRequest(SPRING_FORWARD, "01:00", "05:00", 60)))).toEqual([
      "2026-03-29T00:00:00.000Z", // 01:00 CET
      "2026-03-29T01:00:00.000Z", // 03:00 CEST
      "2026-03-29T02:00:00.000Z", // 04:00 CEST
    ]);
  });

  it("fits a visit across the spring jump by real duration", () => {
    expect(starts(computeAvailability(sundayRequest(SPRING_FORWARD, "01:00", "05:00", 30)))).toEqual([
      "2026-03-29T00:00:00.000Z", // 01:00 CET
      "2026-03-29T00:30:00.000Z", // 01:30 CET, a 60-minute visit until 03:30 CEST
      "2026-03-29T01:00:00.000Z", // 03:00 CEST
      "2026-03-29T01:30:00.000Z", // 03:30 CEST
      "2026-03-29T02:00:00.000Z", // 04:00 CEST, until 05:00
    ]);
  });

  it("has 23 hourly slots in the 23-hour spring day, none at 02:xx", () => {
    const slots = startsOn(computeAvailability(sundayRequest(SPRING_FORWARD, "00:00", "24:00", 60)), SPRING_FORWARD);
    expect(slots).toHaveLength(23);
    expect(slots[0]).toBe("2026-03-28T23:00:00.000Z"); // 00:00 CET
    expect(slots[22]).toBe("2026-03-29T21:00:00.000Z"); // 23:00 CEST
    expect(new Set(slots.map((start) => describeZones({ instant: new Date(start), addressZone: "Europe/Paris" }).addressTime.slice(0, 2)))).not.toContain("02");
  });

  it("reads a working start inside the spring gap with the offset before it (RFC 5545)", () => {
    expect(starts(computeAvailability(sundayRequest(SPRING_FORWARD, "02:30", "05:00", 30)))).toEqual([
      "2026-03-29T01:30:00.000Z", // 03:30 CEST: "02:30" read at UTC+01:00
      "2026-03-29T02:00:00.000Z", // 04:00 CEST, until 05:00
    ]);
  });

  it("offers each instant of the repeated hour once when Paris falls back", () => {
    expect(starts(computeAvailability(sundayRequest(FALL_BACK, "01:00", "05:00", 60)))).toEqual([
      "2026-10-24T23:00:00.000Z", // 01:00 CEST
      "2026-10-25T00:00:00.000Z", // 02:00 CEST, first time
      "2026-10-25T01:00:00.000Z", // 02:00 CET, second time: another instant
      "2026-10-25T02:00:00.000Z", // 03:00 CET
      "2026-10-25T03:00:00.000Z", // 04:00 CET, until 05:00
    ]);
  });

  it("fits 60-minute visits across the repeated hour by real duration", () => {
    const result = computeAvailability(sundayRequest(FALL_BACK, "01:00", "05:00", 30));
    expect(result.days[0]?.slots.map((slot) => [slot.startsAt.toISOString(), slot.endsAt.toISOString()])).toEqual([
      ["2026-10-24T23:00:00.000Z", "2026-10-25T00:00:00.000Z"], // 01:00 → 02:00 CEST
      ["2026-10-24T23:30:00.000Z", "2026-10-25T00:30:00.000Z"], // 01:30 → 02:30 CEST
      ["2026-10-25T00:00:00.000Z", "2026-10-25T01:00:00.000Z"], // 02:00 CEST → 02:00 CET
      ["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"], // 02:30 CEST → 02:30 CET
      ["2026-10-25T01:00:00.000Z", "2026-10-25T02:00:00.000Z"], // 02:00 CET → 03:00 CET
      ["2026-10-25T01:30:00.000Z", "2026-10-25T02:30:00.000Z"], // 02:30 CET → 03:30 CET
      ["2026-10-25T02:00:00.000Z", "2026-10-25T03:00:00.000Z"], // 03:00 → 04:00 CET
      ["2026-10-25T02:30:00.000Z", "2026-10-25T03:30:00.000Z"], // 03:30 → 04:30 CET
      ["2026-10-25T03:00:00.000Z", "2026-10-25T04:00:00.000Z"], // 04:00 → 05:00 CET
    ]);
  });

  it("has 25 hourly slots in the 25-hour autumn day", () => {
    const slots = startsOn(computeAvailability(sundayRequest(FALL_BACK, "00:00", "24:00", 60)), FALL_BACK);
    expect(slots).toHaveLength(25);
    expect(new Set(slots).size).toBe(25);
    expect(slots[0]).toBe("2026-10-24T22:00:00.000Z"); // 00:00 CEST
    expect(slots[24]).toBe("2026-10-25T22:00:00.000Z"); // 23:00 CET
  });

  it("reads a working start inside the repeated hour as its first occurrence (RFC 5545)", () => {
    expect(starts(computeAvailability(sundayRequest(FALL_BACK, "02:30", "04:00", 30)))).toEqual([
      "2026-10-25T00:30:00.000Z", // 02:30 CEST
      "2026-10-25T01:00:00.000Z", // 02:00 CET
      "2026-10-25T01:30:00.000Z", // 02:30 CET
      "2026-10-25T02:00:00.000Z", // 03:00 CET, until 04:00 CET
    ]);
  });

  it("keeps wall-clock hours on both sides of a change: 09:00 stays 09:00", () => {
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-03-27", toDate: "2026-03-30" },
        technicians: [technician({ workingHours: hours([1, 2, 3, 4, 5, 6, 7], "09:00", "10:00") })],
      }),
    );
    expect(result.days.map((day) => day.slots.map((slot) => slot.startsAt.toISOString()))).toEqual([
      ["2026-03-27T08:00:00.000Z"], // Fri 09:00 CET
      ["2026-03-28T08:00:00.000Z"], // Sat 09:00 CET
      ["2026-03-29T07:00:00.000Z"], // Sun 09:00 CEST
      ["2026-03-30T07:00:00.000Z"], // Mon 09:00 CEST
    ]);
  });
});

describe("computeAvailability across zones", () => {
  it("reads a technician's hours in the technician's zone", () => {
    const result = computeAvailability(
      availabilityRequest({ technicians: [technician({ timeZone: "Europe/London", workingHours: hours(3, "09:00", "12:00") })] }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T09:00:00.000Z", // 09:00 GMT = 10:00 CET
      "2026-01-14T10:00:00.000Z",
      "2026-01-14T11:00:00.000Z", // 11:00 GMT, until 12:00 GMT
    ]);
  });

  it("uses the weekday of the technician's own calendar", () => {
    // Tuesday evening in New York is Wednesday night in Paris.
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-01-13", toDate: "2026-01-14" },
        technicians: [technician({ timeZone: "America/New_York", workingHours: hours(2, "20:00", "22:00") })],
      }),
    );
    expect(result.days.map((day) => [day.date, day.slots.map((slot) => slot.startsAt.toISOString())])).toEqual([
      ["2026-01-13", []],
      ["2026-01-14", ["2026-01-14T01:00:00.000Z", "2026-01-14T02:00:00.000Z"]], // Tue 20:00 and 21:00 EST = Wed 02:00, 03:00 CET
    ]);
  });

  it("follows the technician's DST calendar, not the company's", () => {
    // 2026-03-16: New York already on EDT (since 8 March), Paris still on CET.
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-03-16", toDate: "2026-03-16" },
        technicians: [technician({ timeZone: "America/New_York", workingHours: hours(1, "09:00", "11:00") })],
      }),
    );
    expect(starts(result)).toEqual([
      "2026-03-16T13:00:00.000Z", // 09:00 EDT = 14:00 CET
      "2026-03-16T14:00:00.000Z", // 10:00 EDT = 15:00 CET
    ]);
  });

  it("lays the grid in the company zone: a half-hour zone's whole hours fall between grid times", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [technician({ timeZone: "Asia/Kolkata", workingHours: hours(3, "14:00", "17:00") })], // 08:30–11:30 UTC
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T09:00:00.000Z", // 10:00 CET = 14:30 IST: 14:00 IST is 09:30 CET, off the company's hourly grid
      "2026-01-14T10:00:00.000Z", // 11:00 CET = 15:30 IST, until 16:30 IST
    ]);
  });

  it("groups slots by company day for an address in another zone; the address's date may differ", () => {
    // A London customer served by a London technician, booked through a Paris company.
    const london = { latitude: 51.5072, longitude: -0.1276 };
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-01-13", toDate: "2026-01-14" },
        location: { ...london, timeZone: "Europe/London" },
        technicians: [
          technician({
            timeZone: "Europe/London",
            homeBase: london,
            workingHours: [...hours(2, "22:00", "24:00"), ...hours(3, "09:00", "10:00")],
          }),
        ],
      }),
    );
    expect(startsOn(result, "2026-01-13")).toEqual(["2026-01-13T22:00:00.000Z"]); // Tue 22:00 GMT = Tue 23:00 CET
    expect(startsOn(result, "2026-01-14")).toEqual([
      "2026-01-13T23:00:00.000Z", // Tue 23:00 GMT = Wed 00:00 CET: a Wednesday for the company…
      "2026-01-14T09:00:00.000Z", // Wed 09:00 GMT
    ]);
    // …shown to the customer at the address's own time and date, Paris beside it.
    expect(describeZones({ instant: new Date("2026-01-13T23:00:00Z"), addressZone: "Europe/London", viewerZone: "Europe/Paris" })).toEqual({
      addressZone: "Europe/London",
      addressDate: "2026-01-13",
      addressTime: "23:00",
      addressUtcOffset: "+00:00",
      differs: true,
      viewerZone: "Europe/Paris",
      viewerDate: "2026-01-14",
      viewerTime: "00:00",
      viewerUtcOffset: "+01:00",
    });
  });
});
