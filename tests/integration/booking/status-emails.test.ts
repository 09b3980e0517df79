// lib/booking/change-appointment-status.ts: setting off and finishing email the customer
// (product.md §3) — written to the outbox in the change's transaction, delivered by the
// worker to a real SMTP server; a turned-off notification, a refused change or a change that
// changes nothing sends nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { bookAppointment, changeAppointmentStatus, type AppointmentStatusName } from "@/lib/booking";
import type { StaffActor } from "@/lib/auth";
import { SETTINGS_ID } from "@/lib/db/types";
import { setUpTestDatabase } from "../../support/database";
import { addressesOf, startTestSmtpServer, waitUntil } from "../../support/smtp-server";
import { createTestMailbox, startTestWorkers } from "../mail/mail-fixture";
import { APP_URL, NOW, at, bookingCommand, createBookingWorld, type BookingWorld } from "./booking-fixture";

const { db, url } = await setUpTestDatabase();
const smtp = await startTestSmtpServer();
await createTestMailbox(db, smtp);
await startTestWorkers(url);

let world: BookingWorld;
let technician: StaffActor;
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.appointment.deleteMany();
  await db.technician.updateMany({ data: { active: false } });
  await db.notificationSetting.updateMany({ data: { enabled: true } });
  await db.settings.update({ where: { id: SETTINGS_ID }, data: { trackingEnabled: true } });
  world = await createBookingWorld(db, { technicians: 0, customers: 1 });
  technician = (await world.addTechnician({ name: "Julien Moreau" })).actor;
});

async function booked(startsAt = at("2026-10-07", "14:00")) {
  const result = await bookAppointment(db, bookingCommand(world, world.customers[0]!, startsAt));
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  return result.value.appointment;
}

let minutes = 0;
const change = (appointmentId: string, toStatus: AppointmentStatusName, by: StaffActor = world.dispatcher) =>
  changeAppointmentStatus(db, { appointmentId, toStatus, by, now: new Date(NOW.getTime() + ++minutes * 60_000), appUrl: APP_URL });

const statusEmails = (appointmentId: string) =>
  db.outboxEmail.findMany({ where: { appointmentId, template: { in: ["technician-on-the-way", "visit-completed"] } }, orderBy: { createdAt: "asc" } });

describe("the customer's status emails", () => {
  it("sends 'your technician is on the way' when the visit goes Traveling: technician, the visit's time with its zone named, the visit's page, no calendar file", async () => {
    const appointment = await booked();
    const customerEmail = (await db.contact.findUniqueOrThrow({ where: { id: world.customers[0]!.contactId } })).email!;

    expect((await change(appointment.id, "TRAVELING")).ok).toBe(true);

    const [row] = await statusEmails(appointment.id);
    expect(row).toMatchObject({ template: "technician-on-the-way", notification: "TECHNICIAN_ON_THE_WAY", to: [customerEmail], icsAttachment: null, icsMethod: null });
    expect(row!.subject).toBe("Julien Moreau is on the way");
    expect(row!.text).toContain("Wednesday 7 October, 14:00–15:00 (Europe/Paris)");
    expect(row!.text).toContain(`${APP_URL}/portal/appointments/${appointment.id}`);

    await waitUntil(() => smtp.messages.some((message) => message.parsed.subject === "Julien Moreau is on the way"), "the email reaches the SMTP server");
    const delivered = smtp.messages.find((message) => message.parsed.subject === "Julien Moreau is on the way")!;
    expect(addressesOf(delivered.parsed.to)).toEqual([customerEmail]);
    expect(delivered.parsed.text).toContain("Julien Moreau has set off for your Heat pump annual maintenance visit.");
    expect(delivered.parsed.text).toContain("(Europe/Paris)");
    expect(delivered.parsed.html).toContain(`href="${APP_URL}/portal/appointments/${appointment.id}"`);
    expect(delivered.parsed.attachments).toEqual([]);
    expect(delivered.parsed.text).toContain("Follow the arrival on the live map");
  });

  it("promises no live map when tracking is turned off in portal settings (product.md §3)", async () => {
    const appointment = await booked();
    await db.settings.update({ where: { id: SETTINGS_ID }, data: { trackingEnabled: false } });

    expect((await change(appointment.id, "TRAVELING")).ok).toBe(true);

    const [row] = await statusEmails(appointment.id);
    expect(row!.subject).toBe("Julien Moreau is on the way");
    expect(row!.text).toContain("View your visit");
    expect(row!.text).toContain(`${APP_URL}/portal/appointments/${appointment.id}`);
    expect(row!.text).not.toMatch(/live map|map shows/i);
  });

  it("sends 'visit completed' when the visit is completed, in the customer's language", async () => {
    const appointment = await booked();
    await db.user.update({ where: { id: world.customers[0]!.userId }, data: { locale: "fr" } });
    // The technician's own field path: travel, arrive, complete.
    expect((await change(appointment.id, "TRAVELING", technician)).ok).toBe(true);
    expect((await change(appointment.id, "IN_PROGRESS", technician)).ok).toBe(true);
    expect((await change(appointment.id, "COMPLETED", technician)).ok).toBe(true);

    const emails = await statusEmails(appointment.id);
    expect(emails.map((email) => email.template)).toEqual(["technician-on-the-way", "visit-completed"]);
    const completed = emails[1]!;
    expect(completed).toMatchObject({ notification: "VISIT_COMPLETED", icsAttachment: null });
    expect(completed.subject).toBe("Intervention terminée : Heat pump annual maintenance");
    expect(completed.text).toContain("Julien Moreau a terminé votre intervention « Heat pump annual maintenance »");
    expect(completed.text).toContain("mercredi 7 octobre, de 14:00 à 15:00 (Europe/Paris)");
    expect(completed.text).toContain(`${APP_URL}/portal/appointments/${appointment.id}`);
    // Arriving (In progress) has no email of its own.
    expect(await db.outboxEmail.count({ where: { appointmentId: appointment.id } })).toBe(3);
  });

  it("sends nothing for a kind turned off in Settings → Notifications, and the change still happens", async () => {
    const appointment = await booked();
    await db.notificationSetting.updateMany({ where: { kind: { in: ["TECHNICIAN_ON_THE_WAY", "VISIT_COMPLETED"] } }, data: { enabled: false } });

    expect((await change(appointment.id, "TRAVELING")).ok).toBe(true);
    expect((await change(appointment.id, "IN_PROGRESS")).ok).toBe(true);
    expect((await change(appointment.id, "COMPLETED")).ok).toBe(true);

    expect(await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toMatchObject({ status: "COMPLETED" });
    expect(await statusEmails(appointment.id)).toEqual([]);
  });

  it("sends nothing when the change is refused or changes nothing", async () => {
    const appointment = await booked();
    const other = await world.addTechnician({ name: "Someone Else" });
    const before = await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } });

    // Straight to Completed is not on the lifecycle; another technician's visit is not found.
    expect(await change(appointment.id, "COMPLETED")).toEqual({ ok: false, code: "invalid_status_change" });
    expect(await change(appointment.id, "TRAVELING", other.actor)).toEqual({ ok: false, code: "not_found" });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).toEqual(before);
    expect(await statusEmails(appointment.id)).toEqual([]);

    // Traveling again while already Traveling changes nothing: still one email.
    expect((await change(appointment.id, "TRAVELING")).ok).toBe(true);
    expect(await change(appointment.id, "TRAVELING")).toEqual({ ok: false, code: "invalid_status_change" });
    expect((await statusEmails(appointment.id)).map((email) => email.template)).toEqual(["technician-on-the-way"]);
  });
});
