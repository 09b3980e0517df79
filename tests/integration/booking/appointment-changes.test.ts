import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import {
  bookAppointment,
  cancelAppointment,
  changeAppointmentStatus,
  findAppointmentForStaff,
  findCustomerAppointments,
  findTechnicianDayBoard,
  listAppointmentsForStaff,
  reassignAppointment,
  rescheduleAppointment,
  StaffAppointmentFilters,
} from "@/lib/booking";
import type { StaffActor } from "@/lib/auth";
import { setUpTestDatabase } from "../../support/database";
import { APP_URL, NOW, ZONE, appointmentState, at, bookingCommand, createBookingWorld, type BookingWorld } from "./booking-fixture";

const { db } = await setUpTestDatabase();

let world: BookingWorld;
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.appointment.deleteMany();
  await db.technician.updateMany({ data: { active: false } });
  world = await createBookingWorld(db, { technicians: 1, customers: 2 });
});

async function booked(startsAt: Date, by = world.customers[0]!) {
  const result = await bookAppointment(db, bookingCommand(world, by, startsAt));
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  return result.value.appointment;
}

function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, hasTimezone: calendar.getFirstSubcomponent("vtimezone") !== null, dtstart: calendar.getFirstSubcomponent("vevent")!.getFirstProperty("dtstart")!.toICALString(), status: calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("status") };
}

/** Changes happen a minute after the booking, so history reads in order. */
const LATER = new Date(NOW.getTime() + 60_000);
const reschedule = (appointmentId: string, startsAt: Date, by = world.customers[0]!, now = LATER) => rescheduleAppointment(db, { appointmentId, startsAt, by, now, appUrl: APP_URL });
const cancel = (appointmentId: string, reason: string, by = world.customers[0]!, now = LATER) => cancelAppointment(db, { appointmentId, reason, by, now, appUrl: APP_URL });

describe("rescheduleAppointment", () => {
  it("moves the visit in one step: the old time is free again, the email and ICS follow", async () => {
    const appointment = await booked(at("2026-10-07", "09:00"));
    const result = await reschedule(appointment.id, at("2026-10-07", "14:00"));
    expect(result).toMatchObject({ ok: true, value: { unchanged: false, previousStartsAt: at("2026-10-07", "09:00") } });
    const { appointment: row, emails, history, audit } = await appointmentState(db, appointment.id);
    expect(row).toMatchObject({ startsAt: at("2026-10-07", "14:00"), version: 2, rescheduleCount: 1, status: "SCHEDULED" });
    expect(history.at(-1)).toMatchObject({ fromStatus: "SCHEDULED", toStatus: "SCHEDULED" });
    expect(audit.map((entry) => entry.action)).toEqual(["appointment.booked", "appointment.rescheduled"]);
    const email = emails.at(-1)!;
    expect(email).toMatchObject({ template: "appointment-rescheduled", icsMethod: "REQUEST" });
    expect(email.text).toContain("14:00");
    expect(email.text).toContain("Europe/Paris");
    const [confirmation, rescheduled] = emails.map((entry) => parseEvent(entry.icsAttachment!));
    expect(rescheduled!.uid).toBe(confirmation!.uid);
    expect(rescheduled!.sequence).toBe(confirmation!.sequence + 1);
    expect(rescheduled!.dtstart).toBe("DTSTART;TZID=Europe/Paris:20261007T140000");
    // The old time is bookable again.
    expect((await bookAppointment(db, bookingCommand(world, world.customers[1]!, at("2026-10-07", "09:00")))).ok).toBe(true);
  });

  it("keeps the old booking when the new time is taken, and answers slot_taken with that day's slots", async () => {
    const mine = await booked(at("2026-10-07", "09:00"));
    await booked(at("2026-10-07", "14:00"), world.customers[1]!);
    const result = await reschedule(mine.id, at("2026-10-07", "14:00"));
    expect(result).toMatchObject({ ok: false, code: "slot_taken" });
    if (!result.ok && result.code === "slot_taken") {
      expect(result.freshSlots.days[0]!.slots.map((slot) => slot.startsAt.getTime())).toContain(at("2026-10-07", "09:00").getTime());
    }
    expect(await db.appointment.findUnique({ where: { id: mine.id } })).toMatchObject({ startsAt: at("2026-10-07", "09:00"), version: 1, rescheduleCount: 0 });
    expect(await db.outboxEmail.count({ where: { appointmentId: mine.id } })).toBe(1);
  });

  it("never leaves a customer with neither when two reschedules race for one time", async () => {
    const a = await booked(at("2026-10-07", "09:00"));
    const b = await booked(at("2026-10-07", "11:00"), world.customers[1]!);
    const results = await Promise.all([reschedule(a.id, at("2026-10-07", "15:00")), reschedule(b.id, at("2026-10-07", "15:00"), world.customers[1]!)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const rows = await db.appointment.findMany({ where: { id: { in: [a.id, b.id] } }, orderBy: { startsAt: "asc" } });
    expect(rows.filter((row) => row.startsAt.getTime() === at("2026-10-07", "15:00").getTime())).toHaveLength(1);
    expect(rows.every((row) => row.status === "SCHEDULED")).toBe(true);
  });

  it("answers the same for a retried reschedule to the time it already has, writing nothing", async () => {
    const appointment = await booked(at("2026-10-07", "09:00"));
    await reschedule(appointment.id, at("2026-10-07", "14:00"));
    expect(await reschedule(appointment.id, at("2026-10-07", "14:00"))).toMatchObject({ ok: true, value: { unchanged: true } });
    expect(await db.appointment.findUnique({ where: { id: appointment.id } })).toMatchObject({ version: 2, rescheduleCount: 1 });
  });

  it("refuses after the reschedule cutoff and past the reschedule limit, row unchanged", async () => {
    const appointment = await booked(at("2026-10-08", "09:00"));
    // Cutoff 24 h: from 7 October 09:00 on, the customer cannot move it any more.
    expect(await reschedule(appointment.id, at("2026-10-08", "14:00"), world.customers[0]!, at("2026-10-07", "09:01"))).toEqual({ ok: false, code: "cutoff_passed" });
    expect(await db.appointment.findUnique({ where: { id: appointment.id } })).toMatchObject({ version: 1 });
    expect((await reschedule(appointment.id, at("2026-10-08", "10:00"))).ok).toBe(true);
    expect((await reschedule(appointment.id, at("2026-10-08", "11:00"))).ok).toBe(true);
    expect(await reschedule(appointment.id, at("2026-10-08", "12:00"))).toEqual({ ok: false, code: "reschedule_limit" });
    expect(await db.appointment.findUnique({ where: { id: appointment.id } })).toMatchObject({ startsAt: at("2026-10-08", "11:00"), rescheduleCount: 2, version: 3 });
    // Staff are held to neither rule.
    expect((await reschedule(appointment.id, at("2026-10-08", "12:00"), world.dispatcher as never, at("2026-10-08", "06:00"))).ok).toBe(true);
  });

  it("refuses Traveling and In progress visits on the server, row unchanged", async () => {
    for (const status of ["TRAVELING", "IN_PROGRESS"] as const) {
      await db.appointment.deleteMany();
      const appointment = await booked(at("2026-10-07", "09:00"));
      await db.appointment.update({ where: { id: appointment.id }, data: { status } });
      const before = await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
      expect(await reschedule(appointment.id, at("2026-10-07", "14:00"))).toEqual({ ok: false, code: "not_reschedulable" });
      expect(await cancel(appointment.id, "Changed my mind")).toEqual({ ok: false, code: "not_cancellable" });
      expect(await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toEqual(before);
    }
  });

  it("gives another customer's appointment as not_found, row unchanged", async () => {
    const appointment = await booked(at("2026-10-07", "09:00"));
    const stranger = world.customers[1]!;
    expect(await reschedule(appointment.id, at("2026-10-07", "14:00"), stranger)).toEqual({ ok: false, code: "not_found" });
    expect(await cancel(appointment.id, "Not mine at all", stranger)).toEqual({ ok: false, code: "not_found" });
    expect(await db.appointment.findUnique({ where: { id: appointment.id } })).toMatchObject({ status: "SCHEDULED", version: 1, startsAt: at("2026-10-07", "09:00") });
    expect((await findCustomerAppointments(db, stranger)).upcoming).toEqual([]);
  });
});

describe("cancelAppointment", () => {
  it("cancels with the reason, frees the time, emails METHOD:CANCEL with the same UID and the next SEQUENCE", async () => {
    const appointment = await booked(at("2026-10-07", "09:00"));
    const result = await cancel(appointment.id, "  The heat pump was replaced  ");
    expect(result).toMatchObject({ ok: true, value: { status: "CANCELLED", cancellationReason: "The heat pump was replaced" } });
    const { appointment: row, emails, history } = await appointmentState(db, appointment.id);
    expect(row).toMatchObject({ status: "CANCELLED", cancellationReason: "The heat pump was replaced", cancelledAt: LATER, version: 2 });
    expect(history.at(-1)).toMatchObject({ fromStatus: "SCHEDULED", toStatus: "CANCELLED", note: "The heat pump was replaced" });
    const [confirmation, cancellation] = emails;
    expect(cancellation).toMatchObject({ template: "appointment-cancelled", icsMethod: "CANCEL", notification: "CANCELLED" });
    expect(cancellation!.text).toContain("The heat pump was replaced");
    expect(cancellation!.text).toContain("Europe/Paris");
    const before = parseEvent(confirmation!.icsAttachment!);
    const after = parseEvent(cancellation!.icsAttachment!);
    expect(after).toMatchObject({ method: "CANCEL", uid: before.uid, sequence: before.sequence + 1, hasTimezone: true, status: "CANCELLED" });
    // Staff see the reason.
    const detail = await findAppointmentForStaff(db, world.dispatcher, appointment.id);
    expect(detail).toMatchObject({ cancellationReason: "The heat pump was replaced" });
    expect(detail!.history.at(-1)).toMatchObject({ toStatus: "CANCELLED", note: "The heat pump was replaced" });
    expect((await bookAppointment(db, bookingCommand(world, world.customers[1]!, at("2026-10-07", "09:00")))).ok).toBe(true);
  });

  it("refuses after the cancel cutoff (customers only), row unchanged", async () => {
    const appointment = await booked(at("2026-10-07", "09:00"));
    // Cancel cutoff 12 h: until 6 October 21:00.
    expect(await cancel(appointment.id, "Too late now", world.customers[0]!, at("2026-10-06", "21:01"))).toEqual({ ok: false, code: "cutoff_passed" });
    expect(await db.appointment.findUnique({ where: { id: appointment.id } })).toMatchObject({ status: "SCHEDULED", version: 1 });
    expect((await cancel(appointment.id, "Customer called", world.dispatcher as never, at("2026-10-06", "21:01"))).ok).toBe(true);
  });
});

describe("staff: status changes, reassignment, lists", () => {
  it("walks the field path, refuses jumps, and lets technicians move only their own visits", async () => {
    await world.addTechnician();
    const appointment = await booked(at("2026-10-07", "09:00"));
    const ownerId = (await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).technicianId;
    const technicians = await db.technician.findMany({ where: { id: { in: world.technicianIds.slice(-2) } }, include: { user: true } });
    const actorOf = (technician: (typeof technicians)[number]): StaffActor => ({ kind: "staff", userId: technician.userId, role: "TECHNICIAN", email: technician.user.email, name: technician.displayName });
    const owner = actorOf(technicians.find((technician) => technician.id === ownerId)!);
    const other = actorOf(technicians.find((technician) => technician.id !== ownerId)!);
    let minutes = 0;
    const change = (toStatus: "TRAVELING" | "IN_PROGRESS" | "COMPLETED" | "SCHEDULED", by: StaffActor = owner) =>
      changeAppointmentStatus(db, { appointmentId: appointment.id, toStatus, by, now: new Date(NOW.getTime() + ++minutes * 60_000), appUrl: APP_URL });

    expect(await change("TRAVELING", other)).toEqual({ ok: false, code: "not_found" });
    expect(await change("COMPLETED")).toEqual({ ok: false, code: "invalid_status_change" });
    expect((await change("TRAVELING")).ok).toBe(true);
    expect((await change("IN_PROGRESS")).ok).toBe(true);
    expect((await change("COMPLETED")).ok).toBe(true);
    expect(await change("SCHEDULED")).toEqual({ ok: false, code: "invalid_status_change" });
    const { appointment: row, history } = await appointmentState(db, appointment.id);
    expect(row).toMatchObject({ status: "COMPLETED", version: 4 });
    expect(history.map((entry) => entry.toStatus)).toEqual(["SCHEDULED", "TRAVELING", "IN_PROGRESS", "COMPLETED"]);
  });

  it("puts the soonest Traveling visit in Active and the rest by status (product.md §3)", async () => {
    await world.addTechnician();
    await world.addTechnician();
    const customer = world.customers[0]!;
    const first = await booked(at("2026-10-07", "09:00"));
    const second = await booked(at("2026-10-07", "11:00"));
    const third = await booked(at("2026-10-08", "09:00"));
    const fourth = await booked(at("2026-10-09", "09:00"));
    await db.appointment.update({ where: { id: first.id }, data: { status: "TRAVELING" } });
    await db.appointment.update({ where: { id: second.id }, data: { status: "TRAVELING" } });
    await db.appointment.update({ where: { id: third.id }, data: { status: "IN_PROGRESS" } });
    await db.appointment.update({ where: { id: fourth.id }, data: { status: "COMPLETED" } });
    const lists = await findCustomerAppointments(db, customer);
    expect(lists.active?.id).toBe(first.id);
    expect(lists.upcoming.map((appointment) => appointment.id)).toEqual([second.id, third.id]);
    expect(lists.past.map((appointment) => appointment.id)).toEqual([fourth.id]);
  });

  it("reassigns to a free qualified technician, refuses an overlap with slot_taken (the constraint decides)", async () => {
    const other = await world.addTechnician();
    const unskilled = await world.addTechnician({ skilled: false });
    const mine = await booked(at("2026-10-07", "09:00"));
    const current = (await db.appointment.findUniqueOrThrow({ where: { id: mine.id } })).technicianId;
    const target = current === other.id ? world.technicianIds[0]! : other.id;
    // A minute after the booking, so the audit log reads in order (rows of one instant have none).
    const reassign = (technicianId: string) => reassignAppointment(db, { appointmentId: mine.id, technicianId, by: world.dispatcher, now: LATER, appUrl: APP_URL });
    expect(await reassign(unskilled.id)).toEqual({ ok: false, code: "outside_availability" });
    // The target is busy 09:30–10:30.
    await db.appointment.create({
      data: { contactId: world.customers[1]!.contactId, serviceId: world.serviceId, technicianId: target, startsAt: at("2026-10-07", "09:30"), endsAt: at("2026-10-07", "10:30"), timeZone: ZONE },
    });
    expect(await reassign(target)).toMatchObject({ ok: false, code: "slot_taken" });
    expect(await db.appointment.findUnique({ where: { id: mine.id } })).toMatchObject({ technicianId: current, version: 1 });
    await db.appointment.deleteMany({ where: { technicianId: target } });
    expect(await reassign(target)).toMatchObject({ ok: true, value: { technician: { id: target } } });
    expect(await reassignAppointment(db, { appointmentId: mine.id, technicianId: current, by: world.customers[0]! as never, now: NOW, appUrl: APP_URL })).toEqual({ ok: false, code: "not_found" });
    const audit = await db.auditLog.findMany({ where: { entityId: mine.id }, orderBy: { createdAt: "asc" } });
    expect(audit.at(-1)).toMatchObject({ action: "appointment.reassigned", actorUserId: world.dispatcher.userId });
  });

  it("refuses a reassignment onto a busy technician as slot_taken even when the customer's address has no coordinates", async () => {
    const other = await world.addTechnician();
    const mine = await booked(at("2026-10-07", "09:00"));
    const current = (await db.appointment.findUniqueOrThrow({ where: { id: mine.id } })).technicianId;
    const target = current === other.id ? world.technicianIds[0]! : other.id;
    await db.appointment.create({
      data: { contactId: world.customers[1]!.contactId, serviceId: world.serviceId, technicianId: target, startsAt: at("2026-10-07", "09:30"), endsAt: at("2026-10-07", "10:30"), timeZone: ZONE },
    });
    // Staff may create a contact without a geocoded address; the time stays, so no slots are needed.
    await db.contact.update({ where: { id: world.customers[0]!.contactId }, data: { latitude: null, longitude: null } });
    expect(await reassignAppointment(db, { appointmentId: mine.id, technicianId: target, by: world.dispatcher, now: NOW, appUrl: APP_URL })).toEqual({ ok: false, code: "slot_taken" });
    expect(await db.appointment.findUnique({ where: { id: mine.id } })).toMatchObject({ technicianId: current, version: 1 });
  });

  it("lists bookings by day, status and technician, and builds the day board per technician", async () => {
    await world.addTechnician();
    const a = await booked(at("2026-10-07", "09:00"));
    const b = await booked(at("2026-10-07", "09:00"), world.customers[1]!);
    const c = await booked(at("2026-10-08", "10:00"));
    await cancel(c.id, "Not needed any more");
    const day = await listAppointmentsForStaff(db, world.dispatcher, StaffAppointmentFilters.parse({ from: "2026-10-07", to: "2026-10-07" }));
    expect(day.appointments.map((appointment) => appointment.id).sort()).toEqual([a.id, b.id].sort());
    const cancelled = await listAppointmentsForStaff(db, world.dispatcher, StaffAppointmentFilters.parse({ status: "CANCELLED" }));
    expect(cancelled.appointments.map((appointment) => appointment.id)).toEqual([c.id]);
    const paged = await listAppointmentsForStaff(db, world.dispatcher, StaffAppointmentFilters.parse({ limit: 2 }));
    expect(paged.appointments).toHaveLength(2);
    const rest = await listAppointmentsForStaff(db, world.dispatcher, StaffAppointmentFilters.parse({ limit: 2, cursor: paged.nextCursor! }));
    expect(rest.appointments.map((appointment) => appointment.id)).toEqual([c.id]);
    const board = await findTechnicianDayBoard(db, { date: "2026-10-07" });
    expect(board.technicians.filter((column) => column.appointments.length === 1)).toHaveLength(2);
    expect(board.technicians[0]!.workingHours).toEqual([{ kind: "WORK", startTime: "08:00", endTime: "17:00" }]);
    // A customer sees only their own, even through the staff list.
    const asCustomer = await listAppointmentsForStaff(db, world.customers[1]!, StaffAppointmentFilters.parse({}));
    expect(asCustomer.appointments.map((appointment) => appointment.id)).toEqual([b.id]);
  });
});
