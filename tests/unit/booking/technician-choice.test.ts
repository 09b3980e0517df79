import { describe, expect, it } from "vitest";
import type { AvailabilityInputs } from "@/lib/booking/load-availability";
import { orderCandidates } from "@/lib/booking/technician-choice";
import type { SlotTechnician } from "@/lib/scheduling";

const home = { latitude: 19.076, longitude: 72.8777 };

function technician(id: string, visitStarts: string[]): SlotTechnician {
  return {
    id,
    skillIds: [],
    timeZone: "Asia/Kolkata",
    homeBase: home,
    workingHours: [],
    timeOff: [],
    appointments: visitStarts.map((startsAt) => ({
      startsAt: new Date(startsAt),
      endsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
      location: home,
      bufferAfterMinutes: 0,
    })),
  };
}

/** A company in Mumbai (+05:30): its day of 2026-03-10 runs from 2026-03-09T18:30Z to 2026-03-10T18:30Z. */
function inputs(technicians: SlotTechnician[]): AvailabilityInputs {
  return {
    policy: { minimumNoticeMinutes: 0, bookingHorizonDays: 60, slotStepMinutes: 30, rescheduleCutoffMinutes: 0, cancelCutoffMinutes: 0, maxReschedules: 3 },
    companyTimeZone: "Asia/Kolkata",
    travel: { averageSpeedKmh: 40, roadFactor: 1.3 },
    service: { id: "s", name: "Service", durationMinutes: 60, bufferAfterMinutes: 0, skillIds: [] },
    address: { ...home, timeZone: "Asia/Kolkata" },
    technicians,
  };
}

describe("orderCandidates", () => {
  const visit = new Date("2026-03-10T06:30:00Z"); // 12:00 in Mumbai, 10 March

  it("tries the technician with the fewest visits that company day first, counting by the company's midnight", () => {
    const busy = technician("a", ["2026-03-09T18:30:00Z", "2026-03-10T18:29:00Z"]); // 00:00 and 23:59 on the 10th
    const edges = technician("b", ["2026-03-09T18:29:00Z", "2026-03-10T18:30:00Z", "2026-03-10T03:00:00Z"]); // 23:59 on the 9th, 00:00 on the 11th, 08:30 on the 10th
    const idle = technician("c", ["2026-03-11T06:30:00Z"]);
    expect(orderCandidates(inputs([busy, edges, idle]), ["a", "b", "c"], visit)).toEqual(["c", "b", "a"]);
  });

  it("breaks ties by the smallest id and puts the preferred technician first when free", () => {
    const all = [technician("b", []), technician("a", []), technician("c", ["2026-03-10T04:00:00Z"])];
    expect(orderCandidates(inputs(all), ["c", "b", "a"], visit)).toEqual(["a", "b", "c"]);
    expect(orderCandidates(inputs(all), ["c", "b", "a"], visit, "c")).toEqual(["c", "a", "b"]);
    expect(orderCandidates(inputs(all), ["b", "a"], visit, "c")).toEqual(["a", "b"]);
  });
});
