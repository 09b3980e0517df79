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
    expect(orderCandidates(inputs(all), ["c", "b", "a"], visit, { preferred: "c" })).toEqual(["c", "a", "b"]);
    expect(orderCandidates(inputs(all), ["b", "a"], visit, { preferred: "c" })).toEqual(["a", "b"]);
  });

  describe("with a tie-break key (one per request)", () => {
    const ids = Array.from({ length: 10 }, (_, index) => `t${index}`);
    const keys = Array.from({ length: 40 }, (_, index) => `contact-${index}:key-${index}@2026-03-10T06:30:00.000Z`);

    it("spreads the first choice of different requests over the technicians tied on the fewest visits", () => {
      const idle = inputs(ids.map((id) => technician(id, [])));
      const firstChoices = new Set(keys.map((key) => orderCandidates(idle, ids, visit, { tieBreakKey: key })[0]));
      // 40 requests over 10 tied technicians: far from all on one (the old smallest-id rule put every one on t0).
      expect(firstChoices.size).toBeGreaterThanOrEqual(5);
    });

    it("still tries the fewest visits that day first, whatever the key, and only reorders within a tie", () => {
      // t0–t2 have one visit that day, t3–t9 none; t9 has two.
      const loads = [1, 1, 1, 0, 0, 0, 0, 0, 0, 2];
      const world = inputs(ids.map((id, index) => technician(id, Array.from({ length: loads[index]! }, (_, n) => `2026-03-10T0${n + 3}:00:00Z`))));
      for (const key of keys) {
        const order = orderCandidates(world, ids, visit, { tieBreakKey: key });
        expect(order).toHaveLength(ids.length);
        expect(new Set(order.slice(0, 6))).toEqual(new Set(["t3", "t4", "t5", "t6", "t7", "t8"]));
        expect(new Set(order.slice(6, 9))).toEqual(new Set(["t0", "t1", "t2"]));
        expect(order[9]).toBe("t9");
      }
    });

    it("orders the same way for the same key (a retried request), whatever order the ids come in", () => {
      const idle = inputs(ids.map((id) => technician(id, [])));
      for (const key of keys) {
        const first = orderCandidates(idle, ids, visit, { tieBreakKey: key });
        expect(orderCandidates(idle, [...ids].reverse(), visit, { tieBreakKey: key })).toEqual(first);
        expect(orderCandidates(idle, ids, visit, { tieBreakKey: key })).toEqual(first);
      }
    });

    it("keeps the preferred technician first when free", () => {
      const idle = inputs(ids.map((id) => technician(id, [])));
      for (const key of keys) expect(orderCandidates(idle, ids, visit, { preferred: "t7", tieBreakKey: key })[0]).toBe("t7");
    });
  });
});
