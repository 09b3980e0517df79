import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/scheduling";
import {
  MONDAY_TO_FRIDAY,
  PARIS_CENTRE,
  TWENTY_EIGHT_MINUTES_NORTH,
  availabilityRequest,
  hours,
  starts,
  startsOn,
  technician,
} from "./fixtures";

// Unless a test says otherwise: Wednesday 2026-01-14 in Paris (CET, UTC+01:00), one technician
// at the service address (no travel), 60-minute visits on a 60-minute grid, no notice.

describe("computeAvailability: working hours", () => {
  it("offers the grid times of a simple working day", () => {
    const result = computeAvailability(availabilityRequest({ technicians: [technician({ workingHours: hours(3, "09:00", "12:00") })] }));
    expect(result.days).toHaveLength(1);
    expect(result.days[0]?.slots).toEqual([
      { startsAt: new Date("2026-01-14T08:00:00Z"), endsAt: new Date("2026-01-14T09:00:00Z"), technicianIds: ["tech-a"] }, // 09:00 CET
      { startsAt: new Date("2026-01-14T09:00:00Z"), endsAt: new Date("2026-01-14T10:00:00Z"), technicianIds: ["tech-a"] }, // 10:00 CET
      { startsAt: new Date("2026-01-14T10:00:00Z"), endsAt: new Date("2026-01-14T11:00:00Z"), technicianIds: ["tech-a"] }, // 11:00, ends 12:00
    ]);
  });

  it("counts the grid from the company's midnight, not from the start of work", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [technician({ workingHours: hours(3, "09:10", "12:00") })],
        service: { durationMinutes: 45 },
        settings: { slotStepMinutes: 30 },
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T08:30:00.000Z", // 09:30 CET: 09:10 is not on the grid
      "2026-01-14T09:00:00.000Z", // 10:00
      "2026-01-14T09:30:00.000Z", // 10:30
      "2026-01-14T10:00:00.000Z", // 11:00
      // 11:30 + 45 min ends after 12:00
    ]);
  });

  it("keeps visits out of breaks", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [technician({ workingHours: [...hours(3, "09:00", "15:00"), ...hours(3, "12:00", "13:00", "BREAK")] })],
        service: { durationMinutes: 90 },
        settings: { slotStepMinutes: 30 },
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T08:00:00.000Z", // 09:00 CET
      "2026-01-14T08:30:00.000Z", // 09:30
      "2026-01-14T09:00:00.000Z", // 10:00
      "2026-01-14T09:30:00.000Z", // 10:30, ends at 12:00 when the break starts
      "2026-01-14T12:00:00.000Z", // 13:00, after the break
      "2026-01-14T12:30:00.000Z", // 13:30, ends at 15:00
    ]);
  });

  it("keeps the service's buffer inside working hours, outside the slot's end", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [technician({ workingHours: hours(3, "09:00", "12:00") })],
        service: { durationMinutes: 60, bufferAfterMinutes: 30 },
        settings: { slotStepMinutes: 30 },
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T08:00:00.000Z", // 09:00 CET
      "2026-01-14T08:30:00.000Z", // 09:30
      "2026-01-14T09:00:00.000Z", // 10:00
      "2026-01-14T09:30:00.000Z", // 10:30: visit until 11:30, buffer until 12:00
    ]);
    expect(result.days[0]?.slots[3]?.endsAt).toEqual(new Date("2026-01-14T10:30:00Z")); // 11:30: the visit, not the buffer
  });

  it("joins working hours across midnight ('24:00' then '00:00')", () => {
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-01-13", toDate: "2026-01-14" },
        technicians: [technician({ workingHours: [...hours(2, "22:00", "24:00"), ...hours(3, "00:00", "01:00")] })],
        service: { durationMinutes: 120 },
      }),
    );
    expect(startsOn(result, "2026-01-13")).toEqual([
      "2026-01-13T21:00:00.000Z", // Tue 22:00 CET, until 24:00
      "2026-01-13T22:00:00.000Z", // Tue 23:00 CET, until Wed 01:00
    ]);
    expect(startsOn(result, "2026-01-14")).toEqual([]); // Wed 00:00 + 2 h is past 01:00
  });

  it("refuses malformed working hours instead of guessing", () => {
    const withHours = (workingHours: ReturnType<typeof hours>) => () =>
      computeAvailability(availabilityRequest({ technicians: [technician({ workingHours })] }));
    expect(withHours(hours(3, "9:00", "12:00"))).toThrow(RangeError);
    expect(withHours(hours(3, "12:00", "24:30"))).toThrow(RangeError);
    expect(withHours(hours(3, "22:00", "06:00"))).toThrow(RangeError);
    expect(withHours(hours(0, "09:00", "12:00"))).toThrow(RangeError);
  });
});

describe("computeAvailability: time off and appointments", () => {
  it("keeps visits out of time off", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [
          technician({ timeOff: [{ startsAt: new Date("2026-01-14T09:30:00Z"), endsAt: new Date("2026-01-14T12:00:00Z") }] }), // 10:30–13:00 CET
        ],
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T08:00:00.000Z", // 09:00 CET, ends 10:00
      "2026-01-14T12:00:00.000Z", // 13:00, when the time off ends
      "2026-01-14T13:00:00.000Z", // 14:00
      "2026-01-14T14:00:00.000Z", // 15:00
      "2026-01-14T15:00:00.000Z", // 16:00
    ]);
  });

  it("keeps visits out of an existing appointment and its buffer, and lets them touch", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [
          technician({
            workingHours: hours(3, "09:00", "15:00"),
            appointments: [
              // 11:00–12:00 CET at the service address, then 30 minutes of buffer
              { startsAt: new Date("2026-01-14T10:00:00Z"), endsAt: new Date("2026-01-14T11:00:00Z"), location: PARIS_CENTRE, bufferAfterMinutes: 30 },
            ],
          }),
        ],
        settings: { slotStepMinutes: 30 },
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T08:00:00.000Z", // 09:00 CET
      "2026-01-14T08:30:00.000Z", // 09:30
      "2026-01-14T09:00:00.000Z", // 10:00, ends when the appointment starts
      "2026-01-14T11:30:00.000Z", // 12:30, when its buffer ends
      "2026-01-14T12:00:00.000Z", // 13:00
      "2026-01-14T12:30:00.000Z", // 13:30
      "2026-01-14T13:00:00.000Z", // 14:00, ends 15:00
    ]);
  });

  it("keeps travel time free between jobs: a slot free without travel is not offered", () => {
    const appointmentAt = (location: typeof PARIS_CENTRE) =>
      availabilityRequest({
        technicians: [
          technician({
            workingHours: hours(3, "08:00", "13:00"),
            // 10:00–11:00 CET
            appointments: [{ startsAt: new Date("2026-01-14T09:00:00Z"), endsAt: new Date("2026-01-14T10:00:00Z"), location }],
          }),
        ],
        settings: { slotStepMinutes: 30 },
      });
    expect(starts(computeAvailability(appointmentAt(PARIS_CENTRE)))).toEqual([
      "2026-01-14T07:00:00.000Z", // 08:00 CET
      "2026-01-14T07:30:00.000Z", // 08:30
      "2026-01-14T08:00:00.000Z", // 09:00, ends 10:00 next door
      "2026-01-14T10:00:00.000Z", // 11:00
      "2026-01-14T10:30:00.000Z", // 11:30
      "2026-01-14T11:00:00.000Z", // 12:00
    ]);
    // 28 minutes away: the visit must end by 09:32 and can start from 11:28.
    expect(starts(computeAvailability(appointmentAt(TWENTY_EIGHT_MINUTES_NORTH)))).toEqual([
      "2026-01-14T07:00:00.000Z", // 08:00 CET
      "2026-01-14T07:30:00.000Z", // 08:30, ends 09:30
      "2026-01-14T10:30:00.000Z", // 11:30
      "2026-01-14T11:00:00.000Z", // 12:00
    ]);
  });

  it("reads travel from the settings: a slower road takes a slot away", () => {
    const request = (averageSpeedKmh: number) =>
      availabilityRequest({
        technicians: [
          technician({
            workingHours: hours(3, "08:00", "13:00"),
            appointments: [{ startsAt: new Date("2026-01-14T09:00:00Z"), endsAt: new Date("2026-01-14T10:00:00Z"), location: TWENTY_EIGHT_MINUTES_NORTH }],
          }),
        ],
        settings: { slotStepMinutes: 30, travel: { averageSpeedKmh, roadFactor: 1 } },
      });
    expect(startsOn(computeAvailability(request(60)), "2026-01-14")).toContain("2026-01-14T10:30:00.000Z"); // 11:30 CET: 28 min of road
    expect(startsOn(computeAvailability(request(30)), "2026-01-14")).not.toContain("2026-01-14T10:30:00.000Z"); // 56 min: 11:56 at the earliest
  });
});

describe("computeAvailability: home base", () => {
  const farFromHome = (overrides: Parameters<typeof technician>[0] = {}) =>
    technician({ homeBase: TWENTY_EIGHT_MINUTES_NORTH, workingHours: hours(3, "08:00", "12:00"), ...overrides });

  it("keeps the drive from home base inside working hours before the first visit", () => {
    const result = computeAvailability(availabilityRequest({ technicians: [farFromHome()], settings: { slotStepMinutes: 15 } }));
    expect(starts(result)[0]).toBe("2026-01-14T07:30:00.000Z"); // 08:30 CET: leaves home at 08:00, 28 min of road
  });

  it("stops counting from home once the technician has finished a job that day", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [
          farFromHome({
            // 08:00–08:15 CET next door to the service address
            appointments: [{ startsAt: new Date("2026-01-14T07:00:00Z"), endsAt: new Date("2026-01-14T07:15:00Z"), location: PARIS_CENTRE }],
          }),
        ],
        settings: { slotStepMinutes: 15 },
      }),
    );
    expect(starts(result)[0]).toBe("2026-01-14T07:15:00.000Z"); // 08:15 CET, straight from the job next door
  });

  it("starts from home again after time off, not after a break", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [
          farFromHome({
            workingHours: [...hours(3, "08:00", "17:00"), ...hours(3, "12:00", "13:00", "BREAK")],
            timeOff: [{ startsAt: new Date("2026-01-14T07:00:00Z"), endsAt: new Date("2026-01-14T09:00:00Z") }], // 08:00–10:00 CET
          }),
        ],
        settings: { slotStepMinutes: 30 },
      }),
    );
    expect(starts(result)).toEqual([
      "2026-01-14T09:30:00.000Z", // 10:30 CET: home at 10:00 + 28 min
      "2026-01-14T10:00:00.000Z", // 11:00
      "2026-01-14T12:00:00.000Z", // 13:00: straight after the break, no new drive from home
      "2026-01-14T12:30:00.000Z",
      "2026-01-14T13:00:00.000Z",
      "2026-01-14T13:30:00.000Z",
      "2026-01-14T14:00:00.000Z",
      "2026-01-14T14:30:00.000Z",
      "2026-01-14T15:00:00.000Z", // 16:00, ends 17:00: the drive home is the technician's own time
    ]);
  });
});

describe("computeAvailability: skills and technicians", () => {
  it("lists only technicians with every required skill", () => {
    const result = computeAvailability(
      availabilityRequest({
        service: { requiredSkillIds: ["heat-pump", "electrical"] },
        technicians: [
          technician({ id: "tech-a", skillIds: ["heat-pump"] }),
          technician({ id: "tech-b", skillIds: ["electrical", "heat-pump", "boiler"] }),
        ],
      }),
    );
    expect(result.days[0]?.slots.map((slot) => slot.technicianIds)).toEqual(Array.from({ length: 8 }, () => ["tech-b"]));
  });

  it("gives empty days when nobody qualifies", () => {
    const result = computeAvailability(availabilityRequest({ service: { requiredSkillIds: ["boiler"] } }));
    expect(result).toEqual({ days: [{ date: "2026-01-14", slots: [] }] });
  });

  it("unites technicians' slots and lists who can take each, sorted by id", () => {
    const result = computeAvailability(
      availabilityRequest({
        technicians: [
          technician({ id: "tech-b", workingHours: hours(3, "09:00", "11:00") }),
          technician({ id: "tech-a", workingHours: hours(3, "10:00", "12:00") }),
        ],
      }),
    );
    expect(result.days[0]?.slots.map((slot) => [slot.startsAt.toISOString(), slot.technicianIds])).toEqual([
      ["2026-01-14T08:00:00.000Z", ["tech-b"]], // 09:00 CET
      ["2026-01-14T09:00:00.000Z", ["tech-a", "tech-b"]], // 10:00
      ["2026-01-14T10:00:00.000Z", ["tech-a"]], // 11:00
    ]);
  });
});

describe("computeAvailability: notice, horizon and days", () => {
  it("applies a minimum notice in hours", () => {
    const result = computeAvailability(
      availabilityRequest({ now: new Date("2026-01-14T07:10:00Z"), settings: { minimumNoticeMinutes: 120 } }), // now 08:10 CET
    );
    expect(starts(result)[0]).toBe("2026-01-14T10:00:00.000Z"); // 11:00 CET: the first grid time after 10:10
  });

  it("offers a slot exactly at now + notice", () => {
    const result = computeAvailability(
      availabilityRequest({ now: new Date("2026-01-14T07:00:00Z"), settings: { minimumNoticeMinutes: 60 } }), // now 08:00 CET
    );
    expect(starts(result)[0]).toBe("2026-01-14T08:00:00.000Z"); // 09:00 CET
  });

  it("applies a minimum notice in days", () => {
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-01-14", toDate: "2026-01-16" },
        now: new Date("2026-01-14T07:10:00Z"), // Wed 08:10 CET
        settings: { minimumNoticeMinutes: 2 * 24 * 60 },
      }),
    );
    expect(result.days.map((day) => [day.date, day.slots.length])).toEqual([
      ["2026-01-14", 0],
      ["2026-01-15", 0],
      ["2026-01-16", 8], // Fri from 09:00 CET, after Fri 08:10
    ]);
  });

  it("offers nothing at or after now + horizon", () => {
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-01-14", toDate: "2026-01-17" },
        technicians: [technician({ workingHours: hours([...MONDAY_TO_FRIDAY, 6], "09:00", "12:00") })],
        now: new Date("2026-01-14T08:30:00Z"), // Wed 09:30 CET
        settings: { bookingHorizonDays: 2 },
      }),
    );
    expect(result.days.map((day) => [day.date, day.slots.map((slot) => slot.startsAt.toISOString())])).toEqual([
      ["2026-01-14", ["2026-01-14T09:00:00.000Z", "2026-01-14T10:00:00.000Z"]], // 10:00 and 11:00 CET, after now
      ["2026-01-15", ["2026-01-15T08:00:00.000Z", "2026-01-15T09:00:00.000Z", "2026-01-15T10:00:00.000Z"]],
      ["2026-01-16", ["2026-01-16T08:00:00.000Z"]], // 09:00 CET only: the horizon is Fri 09:30
      ["2026-01-17", []],
    ]);
  });

  it("counts the horizon in calendar days of the company zone across a DST change", () => {
    const result = computeAvailability(
      availabilityRequest({
        range: { fromDate: "2026-03-30", toDate: "2026-03-30" }, // Monday after the spring change
        now: new Date("2026-03-27T09:00:00Z"), // Fri 10:00 CET
        settings: { bookingHorizonDays: 3 },
      }),
    );
    // Mon 10:00 CEST is 08:00Z; three times 24 h would have run to 11:00 CEST and let 10:00 in.
    expect(starts(result)).toEqual(["2026-03-30T07:00:00.000Z"]); // 09:00 CEST
  });

  it("lists every day of the range, with or without slots", () => {
    const result = computeAvailability(availabilityRequest({ range: { fromDate: "2026-01-16", toDate: "2026-01-19" } }));
    expect(result.days.map((day) => [day.date, day.slots.length])).toEqual([
      ["2026-01-16", 8], // Fri
      ["2026-01-17", 0], // Sat
      ["2026-01-18", 0], // Sun
      ["2026-01-19", 8], // Mon
    ]);
  });

  it("refuses a range that ends before it starts, or a date that does not exist", () => {
    expect(() => computeAvailability(availabilityRequest({ range: { fromDate: "2026-01-15", toDate: "2026-01-14" } }))).toThrow(RangeError);
    expect(() => computeAvailability(availabilityRequest({ range: { fromDate: "2026-02-30", toDate: "2026-03-01" } }))).toThrow(RangeError);
  });

  it("refuses settings it cannot honour", () => {
    expect(() => computeAvailability(availabilityRequest({ settings: { slotStepMinutes: 0 } }))).toThrow(RangeError);
    expect(() => computeAvailability(availabilityRequest({ settings: { travel: { averageSpeedKmh: 0, roadFactor: 1 } } }))).toThrow(RangeError);
    expect(() => computeAvailability(availabilityRequest({ companyTimeZone: "Europe/Atlantis" }))).toThrow(RangeError);
    expect(() => computeAvailability(availabilityRequest({ now: new Date("not a date") }))).toThrow(RangeError);
  });
});
