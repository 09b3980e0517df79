import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { bookAppointment, getAvailableSlots } from "@/lib/booking";
import { setUpTestDatabase } from "../../support/database";
import { APP_URL, NOW, ZONE, appointmentState, at, bookingCommand, createBookingWorld, type BookingWorld } from "./booking-fixture";

const { db } = await setUpTestDatabase();

async function resetAppointments() {
  await db.outboxEmail.deleteMany();
  await db.appointment.deleteMany();
}

describe("bookAppointment", () => {
  let world: BookingWorld;
  beforeEach(async () => {
    await resetAppointments();
    await db.technician.updateMany({ data: { active: false } });
    world = await createBookingWorld(db, { technicians: 1, customers: 6 });
  });

  it("gives a contested slot to exactly one customer", async () => {
    const startsAt = at("2026-10-06", "09:00");
    const results = await Promise.all(world.customers.map((by) => bookAppointment(db, bookingCommand(world, by, startsAt))));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const losers = results.filter((result) => !result.ok);
    expect(losers).toHaveLength(world.customers.length - 1);
    for (const loser of losers) {
      expect(loser).toMatchObject({ code: "slot_taken" });
      // The fresh slots of that day no longer offer 09:00.
      if (!loser.ok && loser.code === "slot_taken") {
        const times = loser.freshSlots.days[0]!.slots.map((slot) => slot.startsAt.getTime());
        expect(times).not.toContain(startsAt.getTime());
        expect(times).toContain(at("2026-10-06", "10:00").getTime());
      }
    }
    expect(await db.appointment.count({ where: { startsAt } })).toBe(1);
  });

  it("books both of two concurrent customers when two technicians are qualified, one each", async () => {
    await world.addTechnician();
    const startsAt = at("2026-10-06", "09:00");
    const [first, second] = world.customers;
    const results = await Promise.all([first!, second!].map((by) => bookAppointment(db, bookingCommand(world, by, startsAt))));
    expect(results.every((result) => result.ok)).toBe(true);
    const rows = await db.appointment.findMany({ where: { startsAt } });
    expect(new Set(rows.map((row) => row.technicianId))).toEqual(new Set(world.technicianIds));
  });

  it("spreads the load: the technician with the fewest appointments that day gets the visit", async () => {
    const second = await world.addTechnician();
    const [busy] = world.technicianIds;
    // The first technician already has two visits that Tuesday, the second one.
    for (const [technicianId, time] of [[busy!, "13:00"], [busy!, "15:00"], [second.id, "14:00"]] as const) {
      await db.appointment.create({
        data: { contactId: world.customers[5]!.contactId, serviceId: world.serviceId, technicianId, startsAt: at("2026-10-06", time), endsAt: new Date(at("2026-10-06", time).getTime() + 3_600_000), timeZone: ZONE },
      });
    }
    const result = await bookAppointment(db, bookingCommand(world, world.customers[0]!, at("2026-10-06", "09:00")));
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.appointment.technician.id).toBe(second.id);
  });

  describe("proposes technicians from a snapshot up to a second old, and books on what is committed now", () => {
    const nine = at("2026-10-06", "09:00");
    const hour = 3_600_000;
    /** Reads the slots, as the picker does just before Book: the process's snapshot is now recent. */
    const readSlots = () => getAvailableSlots(db, { serviceId: world.serviceId, contactId: world.customers[0]!.contactId, fromDate: "2026-10-06", toDate: "2026-10-06", now: NOW });
    /** A visit written straight to the database: the snapshot read just before does not show it. */
    const visit = (technicianId: string, startsAt: Date) =>
      db.appointment.create({ data: { contactId: world.customers[5]!.contactId, serviceId: world.serviceId, technicianId, startsAt, endsAt: new Date(startsAt.getTime() + hour), timeZone: ZONE } });

    it("skips a proposed technician who is busy now, even the least loaded one", async () => {
      const second = await world.addTechnician();
      const [first] = world.technicianIds;
      // In the snapshot the second technician has a visit that day, the first none: the first is proposed first.
      await visit(second.id, at("2026-10-06", "15:00"));
      expect((await readSlots()).ok).toBe(true);
      await visit(first!, nine);
      const result = await bookAppointment(db, bookingCommand(world, world.customers[0]!, nine));
      expect(result.ok && result.value.appointment.technician.id).toBe(second.id);
      expect(await db.appointment.count({ where: { startsAt: nine, technicianId: first } })).toBe(1);
    });

    it("books a technician the snapshot shows busy when that visit has just gone", async () => {
      const taken = await visit(world.technicianIds[0]!, nine);
      const before = await readSlots();
      expect(before.ok && before.value.days[0]!.slots.map((slot) => slot.startsAt.getTime())).not.toContain(nine.getTime());
      await db.appointment.delete({ where: { id: taken.id } });
      const result = await bookAppointment(db, bookingCommand(world, world.customers[0]!, nine));
      expect(result.ok && result.value.appointment.technician.id).toBe(world.technicianIds[0]);
    });

    it("tries a fresh snapshot when every technician it proposed is busy now", async () => {
      const second = await world.addTechnician();
      const [first] = world.technicianIds;
      // Snapshot: only the first is free at 9:00. Now: the first is busy, the second free.
      const secondsVisit = await visit(second.id, nine);
      expect((await readSlots()).ok).toBe(true);
      await db.appointment.delete({ where: { id: secondsVisit.id } });
      await visit(first!, nine);
      const result = await bookAppointment(db, bookingCommand(world, world.customers[0]!, nine));
      expect(result.ok && result.value.appointment.technician.id).toBe(second.id);
    });
  });

  it("books once when the same key is submitted twice, at once or again later, and answers the same", async () => {
    const key = randomUUID();
    const command = bookingCommand(world, world.customers[0]!, at("2026-10-06", "09:00"), { idempotencyKey: key });
    const [first, second] = await Promise.all([bookAppointment(db, command), bookAppointment(db, command)]);
    const third = await bookAppointment(db, command);
    expect(first.ok && second.ok && third.ok).toBe(true);
    const ids = [first, second, third].map((result) => (result.ok ? result.value.appointment.id : null));
    expect(new Set(ids).size).toBe(1);
    expect([first, second, third].filter((result) => result.ok && !result.value.replayed)).toHaveLength(1);
    expect(await db.appointment.count()).toBe(1);
    expect(await db.outboxEmail.count()).toBe(1);
  });

  it("refuses a time that is no slot (off the grid, before the notice, outside working hours) and writes nothing", async () => {
    for (const startsAt of [at("2026-10-06", "09:10"), at("2026-10-05", "09:00"), at("2026-10-06", "18:00"), at("2026-10-10", "09:00")]) {
      expect(await bookAppointment(db, bookingCommand(world, world.customers[0]!, startsAt))).toEqual({ ok: false, code: "outside_availability" });
    }
    expect(await db.appointment.count()).toBe(0);
  });

  it("lets staff book for a contact without minimum notice, but not a customer", async () => {
    const soon = at("2026-10-05", "09:00"); // one hour from now
    expect((await bookAppointment(db, bookingCommand(world, world.customers[0]!, soon))).ok).toBe(false);
    const staff = await bookAppointment(db, bookingCommand(world, world.dispatcher, soon, { contactId: world.customers[0]!.contactId }));
    expect(staff.ok).toBe(true);
  });

  it("writes the history, the audit row and the confirmation with a calendar invitation in Europe/Paris", async () => {
    const result = await bookAppointment(db, bookingCommand(world, world.customers[0]!, at("2026-10-06", "09:00")));
    if (!result.ok) throw new Error(result.code);
    const { appointment, emails, history, audit } = await appointmentState(db, result.value.appointment.id);
    expect(appointment).toMatchObject({ status: "SCHEDULED", version: 1, timeZone: ZONE });
    expect(history).toMatchObject([{ fromStatus: null, toStatus: "SCHEDULED", byUserId: world.customers[0]!.userId }]);
    expect(audit).toMatchObject([{ action: "appointment.booked", actorUserId: world.customers[0]!.userId }]);
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email).toMatchObject({ template: "booking-confirmation", notification: "BOOKING_CONFIRMATION", icsMethod: "REQUEST", to: [world.customers[0]!.email] });
    // The time is written in the address's zone, and the zone is named.
    expect(email!.text).toContain("09:00");
    expect(email!.text).toContain("Europe/Paris");
    expect(email!.html).toContain("Europe/Paris");
    expect(email!.text).toContain(`${APP_URL}/portal/appointments/${result.value.appointment.id}`);

    const calendar = new ICAL.Component(ICAL.parse(email!.icsAttachment!));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const timezone = calendar.getFirstSubcomponent("vtimezone")!;
    expect(timezone.getFirstPropertyValue("tzid")).toBe("Europe/Paris");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe(`appointment-${result.value.appointment.id}@fieldbook`);
    expect(event.sequence).toBe(0);
    const dtstart = calendar.getFirstSubcomponent("vevent")!.getFirstProperty("dtstart")!;
    expect(dtstart.getParameter("tzid")).toBe("Europe/Paris");
    expect(dtstart.toICALString()).toBe("DTSTART;TZID=Europe/Paris:20261006T090000");
    // ical.js resolves the wall time through the VTIMEZONE to the same instant.
    const zone = new ICAL.Timezone(timezone);
    const start = event.startDate;
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe(at("2026-10-06", "09:00").toISOString());
    expect(NOW).toBeTruthy();
  });
});
