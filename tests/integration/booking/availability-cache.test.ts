/**
 * The read path's cache of the engine's inputs (lib/booking/availability-cache.ts) on a real
 * PostgreSQL with the migrations' triggers: after every kind of change, the very next
 * `getAvailableSlots` answers what a fresh read of the database gives — a booking's slot is
 * gone, a cancelled visit's slot is back, time off empties the day — including changes written
 * by another connection (another server process) and not those of a rolled-back transaction.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { bookAppointment, cancelAppointment, getAvailableSlots, type AvailableSlots } from "@/lib/booking";
import { engineRequest, loadAvailabilityInputs, publicDays, windowForDates } from "@/lib/booking/load-availability";
import { SETTINGS_ID } from "@/lib/db/types";
import { computeAvailability } from "@/lib/scheduling";
import { setUpTestDatabase } from "../../support/database";
import { APP_URL, NOW, at, bookingCommand, createBookingWorld, type BookingWorld } from "./booking-fixture";

const { db, url } = await setUpTestDatabase();
let world: BookingWorld;

const OCTOBER = { fromDate: "2026-10-05", toDate: "2026-10-31" };

beforeAll(async () => {
  world = await createBookingWorld(db, { technicians: 1, customers: 2 });
});

function slotsQuery(range = OCTOBER, extra: { excludeAppointmentId?: string; customer?: number } = {}) {
  return {
    serviceId: world.serviceId,
    contactId: world.customers[extra.customer ?? 0]!.contactId,
    ...range,
    now: NOW,
    audience: "customer" as const,
    excludeAppointmentId: extra.excludeAppointmentId,
  };
}

/** Starts of the cached read path's slots, per day. */
async function cachedStarts(range = OCTOBER, extra: { excludeAppointmentId?: string; customer?: number } = {}): Promise<Record<string, string[]>> {
  const result = await getAvailableSlots(db, slotsQuery(range, extra));
  if (!result.ok) throw new Error(`getAvailableSlots answered ${result.code}`);
  return startsByDay(result.value.days);
}

/** The same answer from one uncached read of the database (the loader booking uses). */
async function freshStarts(range = OCTOBER, extra: { excludeAppointmentId?: string; customer?: number } = {}): Promise<Record<string, string[]>> {
  const query = slotsQuery(range, extra);
  const loaded = await loadAvailabilityInputs(db, { ...query, ...windowForDates(range.fromDate, range.toDate) });
  if (!loaded.ok) throw new Error(`loadAvailabilityInputs answered ${loaded.code}`);
  return startsByDay(publicDays(computeAvailability(engineRequest(loaded.value, range, { now: NOW, audience: "customer" }))));
}

function startsByDay(days: AvailableSlots["days"]): Record<string, string[]> {
  return Object.fromEntries(days.map((day) => [day.date, day.slots.map((slot) => slot.startsAt.toISOString())]));
}

async function expectCachedToMatchFresh(range = OCTOBER, extra: { excludeAppointmentId?: string; customer?: number } = {}): Promise<Record<string, string[]>> {
  const cached = await cachedStarts(range, extra);
  expect(cached).toEqual(await freshStarts(range, extra));
  return cached;
}

/** Another connection than the app's client: what a second server process would write. */
async function onOtherConnection(statement: string, params: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement, params);
  } finally {
    await client.end();
  }
}

describe("availability cache", () => {
  it("a booking's slot is gone from the very next read, and comes back when the visit is cancelled", async () => {
    const nine = at("2026-10-07", "09:00").toISOString();
    expect((await cachedStarts())["2026-10-07"]).toContain(nine);

    const booked = await bookAppointment(db, bookingCommand(world, world.customers[1]!, new Date(nine)));
    expect(booked.ok).toBe(true);
    const afterBooking = await expectCachedToMatchFresh();
    expect(afterBooking["2026-10-07"]).not.toContain(nine);
    expect(afterBooking["2026-10-07"]).toContain(at("2026-10-07", "10:00").toISOString());

    const appointmentId = booked.ok ? booked.value.appointment.id : "";
    const cancelled = await cancelAppointment(db, { appointmentId, reason: "Plans changed", by: world.customers[1]!, now: NOW, appUrl: APP_URL });
    expect(cancelled.ok).toBe(true);
    expect((await expectCachedToMatchFresh())["2026-10-07"]).toContain(nine);
  });

  it("time off written by another connection empties the day for the next read", async () => {
    expect((await cachedStarts())["2026-10-08"]!.length).toBeGreaterThan(0);
    await onOtherConnection(`INSERT INTO time_off (id, technician_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)`, [
      randomUUID(),
      world.technicianIds[0],
      at("2026-10-08", "00:00"),
      at("2026-10-09", "00:00"),
    ]);
    const after = await expectCachedToMatchFresh();
    expect(after["2026-10-08"]).toEqual([]);
    expect(after["2026-10-09"]!.length).toBeGreaterThan(0);
  });

  it("a visit moved to another day by another connection frees its old slot and takes the new one", async () => {
    const booked = await bookAppointment(db, bookingCommand(world, world.customers[1]!, at("2026-10-12", "14:00")));
    expect(booked.ok).toBe(true);
    const appointmentId = booked.ok ? booked.value.appointment.id : "";
    expect((await cachedStarts())["2026-10-12"]).not.toContain(at("2026-10-12", "14:00").toISOString());

    await onOtherConnection(`UPDATE appointments SET starts_at = $2, ends_at = $3 WHERE id = $1`, [appointmentId, at("2026-10-13", "14:00"), at("2026-10-13", "15:00")]);
    const after = await expectCachedToMatchFresh();
    expect(after["2026-10-12"]).toContain(at("2026-10-12", "14:00").toISOString());
    expect(after["2026-10-13"]).not.toContain(at("2026-10-13", "14:00").toISOString());
    // Rescheduling that visit: its own time does not block it.
    expect((await expectCachedToMatchFresh(OCTOBER, { excludeAppointmentId: appointmentId }))["2026-10-13"]).toContain(at("2026-10-13", "14:00").toISOString());
  });

  it("working hours, skills and new technicians count from the next read", async () => {
    const technicianId = world.technicianIds[0]!;
    await db.workingHours.updateMany({ where: { technicianId, weekday: 3 }, data: { startTime: "13:00" } });
    const shorter = await expectCachedToMatchFresh();
    expect(shorter["2026-10-14"]![0]).toBe(at("2026-10-14", "13:00").toISOString());

    // Without the service's skill the only technician offers nothing.
    await db.technicianSkill.deleteMany({ where: { technicianId } });
    expect(Object.values(await expectCachedToMatchFresh()).flat()).toEqual([]);

    // A second, skilled technician brings Wednesday mornings back.
    await world.addTechnician();
    expect((await expectCachedToMatchFresh())["2026-10-14"]![0]).toBe(at("2026-10-14", "08:00").toISOString());
    await db.technicianSkill.create({ data: { technicianId, skillId: world.skillId } });
    await expectCachedToMatchFresh();
  });

  it("settings, the service and a visit's address count from the next read", async () => {
    await db.settings.update({ where: { id: SETTINGS_ID }, data: { slotStepMinutes: 60 } });
    const hourly = await expectCachedToMatchFresh();
    expect(hourly["2026-10-15"]!.every((start) => start.endsWith(":00:00.000Z"))).toBe(true);

    await db.service.update({ where: { id: world.serviceId }, data: { durationMinutes: 120 } });
    const longer = await getAvailableSlots(db, slotsQuery());
    expect(longer.ok && longer.value.durationMinutes).toBe(120);
    await expectCachedToMatchFresh();

    // A visit's address far away: travel to and from it now blocks more of that day.
    const booked = await bookAppointment(db, bookingCommand(world, world.customers[1]!, at("2026-10-16", "12:00")));
    expect(booked.ok).toBe(true);
    await db.contact.update({ where: { id: world.customers[1]!.contactId }, data: { latitude: 48.2, longitude: 2.9 } });
    await expectCachedToMatchFresh();

    await db.service.update({ where: { id: world.serviceId }, data: { active: false } });
    const inactive = await getAvailableSlots(db, slotsQuery());
    expect(inactive).toMatchObject({ ok: false, code: "not_found" });
    await db.service.update({ where: { id: world.serviceId }, data: { active: true, durationMinutes: 60 } });
    await db.settings.update({ where: { id: SETTINGS_ID }, data: { slotStepMinutes: 30 } });
    await expectCachedToMatchFresh();
  });

  it("reads days outside the cached window, and ignores a transaction that rolled back", async () => {
    const november = { fromDate: "2026-11-01", toDate: "2026-11-30" };
    await expectCachedToMatchFresh(november);
    await expectCachedToMatchFresh(OCTOBER, { customer: 1 });

    const before = await cachedStarts();
    await expect(
      db.$transaction(async (tx) => {
        await tx.timeOff.create({ data: { technicianId: world.technicianIds[0]!, startsAt: at("2026-10-20", "00:00"), endsAt: at("2026-10-21", "00:00") } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await expectCachedToMatchFresh()).toEqual(before);
  });

  it("answers not_found for an unknown contact, like the uncached loader", async () => {
    const result = await getAvailableSlots(db, { ...slotsQuery(), contactId: randomUUID() });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});
