import { describe, expect, it } from "vitest";
import { cancelRefusal, canTransition, changePolicyFor, customerChoices, rescheduleRefusal, TRANSITIONS } from "@/lib/booking/lifecycle";
import { APPOINTMENT_STATUSES } from "@/lib/booking/schemas";

const settings = { rescheduleCutoffMinutes: 24 * 60, cancelCutoffMinutes: 12 * 60, maxReschedules: 2 };
const startsAt = new Date("2026-10-08T07:00:00Z");
const customer = { kind: "customer" } as const;
const dispatcher = { kind: "staff", role: "DISPATCHER" } as const;
const technician = { kind: "staff", role: "TECHNICIAN" } as const;

describe("lifecycle", () => {
  it("allows exactly the field path, cancellations and back-to-planned", () => {
    const allowed = APPOINTMENT_STATUSES.flatMap((from) => APPOINTMENT_STATUSES.filter((to) => canTransition(from, to, dispatcher)).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(["SCHEDULED→TRAVELING", "SCHEDULED→IN_PROGRESS", "SCHEDULED→CANCELLED", "TRAVELING→SCHEDULED", "TRAVELING→IN_PROGRESS", "TRAVELING→CANCELLED", "IN_PROGRESS→COMPLETED"]);
    expect(TRANSITIONS.COMPLETED).toEqual({});
    expect(TRANSITIONS.CANCELLED).toEqual({});
  });

  it("lets customers only cancel a Scheduled visit, and technicians never cancel", () => {
    const customerMoves = APPOINTMENT_STATUSES.flatMap((from) => APPOINTMENT_STATUSES.filter((to) => canTransition(from, to, customer)).map((to) => `${from}→${to}`));
    expect(customerMoves).toEqual(["SCHEDULED→CANCELLED"]);
    expect(canTransition("SCHEDULED", "CANCELLED", technician)).toBe(false);
    expect(canTransition("SCHEDULED", "TRAVELING", technician)).toBe(true);
    expect(canTransition("SCHEDULED", "TRAVELING", { kind: "system" })).toBe(false);
  });

  it("computes the change deadlines shown before Book", () => {
    expect(changePolicyFor(startsAt, settings, 1)).toEqual({
      rescheduleDeadline: new Date("2026-10-07T07:00:00Z"),
      cancelDeadline: new Date("2026-10-07T19:00:00Z"),
      maxReschedules: 2,
      reschedulesLeft: 1,
    });
  });

  it("holds customers to the cutoffs and the limit, staff to neither", () => {
    const visit = { status: "SCHEDULED" as const, startsAt, rescheduleCount: 0 };
    expect(rescheduleRefusal(visit, customer, settings, new Date("2026-10-07T07:00:00Z"))).toBeNull();
    expect(rescheduleRefusal(visit, customer, settings, new Date("2026-10-07T07:00:01Z"))).toBe("cutoff_passed");
    expect(rescheduleRefusal({ ...visit, rescheduleCount: 2 }, customer, settings, new Date("2026-10-01T00:00:00Z"))).toBe("reschedule_limit");
    expect(rescheduleRefusal({ ...visit, rescheduleCount: 2 }, dispatcher, settings, new Date("2026-10-08T06:59:00Z"))).toBeNull();
    expect(rescheduleRefusal({ ...visit, status: "TRAVELING" }, customer, settings, new Date("2026-10-01T00:00:00Z"))).toBe("not_reschedulable");
    expect(rescheduleRefusal(visit, technician, settings, new Date("2026-10-01T00:00:00Z"))).toBe("not_reschedulable");
    expect(cancelRefusal(visit, customer, settings, new Date("2026-10-07T19:00:01Z"))).toBe("cutoff_passed");
    expect(cancelRefusal({ ...visit, status: "IN_PROGRESS" }, customer, settings, new Date("2026-10-01T00:00:00Z"))).toBe("not_cancellable");
    expect(cancelRefusal({ ...visit, status: "TRAVELING" }, dispatcher, settings, new Date("2026-10-08T06:59:00Z"))).toBeNull();
    expect(customerChoices({ ...visit, status: "TRAVELING" }, settings, new Date("2026-10-01T00:00:00Z"))).toMatchObject({ canReschedule: false, canCancel: false });
  });
});
