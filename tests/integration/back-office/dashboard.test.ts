// lib/back-office getDashboardCounts: "today" is the company's calendar day, DST included.
import { describe, expect, it } from "vitest";
import { getDashboardCounts } from "@/lib/back-office/dashboard";
import { ensureReferenceData } from "@/lib/db/reference-data";
import { setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();

// 29 March 2026: Paris springs forward, the day lasts 23 hours (00:00 CET = 23:00Z the day before).
const now = new Date("2026-03-29T10:00:00Z");

async function seedOneOfEach() {
  await ensureReferenceData(db);
  const user = await db.user.create({ data: { email: "tech@example.test", staffRole: "TECHNICIAN" } });
  const homeBase = {
    homeStreet: "1 rue de Rivoli",
    homePostalCode: "75001",
    homeCity: "Paris",
    homeCountry: "FR",
    homeLatitude: 48.86,
    homeLongitude: 2.35,
  };
  const technician = await db.technician.create({ data: { ...homeBase, userId: user.id, displayName: "Tech" } });
  const idle = await db.user.create({ data: { email: "idle@example.test", staffRole: "TECHNICIAN" } });
  await db.technician.create({ data: { ...homeBase, userId: idle.id, displayName: "Idle", active: false } });
  const productType = await db.productType.create({ data: { name: "Heat pump" } });
  const service = await db.service.create({ data: { productTypeId: productType.id, name: "Maintenance", durationMinutes: 30 } });
  const contact = await db.contact.create({ data: { firstName: "Alice", lastName: "Martin" } });
  await db.contact.create({ data: { firstName: "Bob", lastName: "Durand" } });

  const appointment = (startsAt: string, status: "SCHEDULED" | "CANCELLED" | "COMPLETED" = "SCHEDULED") => {
    const start = new Date(startsAt);
    return db.appointment.create({
      data: {
        contactId: contact.id,
        serviceId: service.id,
        technicianId: technician.id,
        status,
        startsAt: start,
        endsAt: new Date(start.getTime() + 30 * 60_000),
        timeZone: "Europe/Paris",
      },
    });
  };

  await appointment("2026-03-28T22:30:00Z"); // 28 March 23:30 CET: yesterday
  await appointment("2026-03-28T23:30:00Z"); // 29 March 00:30 CET: today, before now
  await appointment("2026-03-29T12:00:00Z"); // 14:00 CEST: today, upcoming
  await appointment("2026-03-29T13:00:00Z", "CANCELLED"); // today, but cancelled
  await appointment("2026-03-29T21:15:00Z"); // 23:15 CEST: today, upcoming
  await appointment("2026-03-29T22:15:00Z"); // 30 March 00:15 CEST: tomorrow, upcoming

  const completedRecently = await appointment("2026-03-20T09:00:00Z", "COMPLETED");
  await db.appointmentStatusChange.create({
    data: { appointmentId: completedRecently.id, toStatus: "COMPLETED", changedAt: new Date("2026-03-20T10:00:00Z") },
  });
  const completedLongAgo = await appointment("2026-01-10T09:00:00Z", "COMPLETED");
  await db.appointmentStatusChange.create({
    data: { appointmentId: completedLongAgo.id, toStatus: "COMPLETED", changedAt: new Date("2026-01-10T10:00:00Z") },
  });
}

describe("the back-office dashboard's figures", () => {
  it("counts the company's day in its own zone on a 23-hour DST day", async () => {
    await seedOneOfEach();

    expect(await getDashboardCounts(db, now)).toEqual({
      contacts: 2,
      activeTechnicians: 1,
      upcomingAppointments: 3,
      appointmentsToday: 3,
      completedLast30Days: 1,
      timeZone: "Europe/Paris",
      completedSince: new Date("2026-02-27T10:00:00Z"),
    });
  });
});
