/** Minimal rows for database-level tests: one service, one contact, technicians on demand. */
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";

export async function createTechnician(db: PrismaClient, displayName = "Test Technician") {
  const user = await db.user.create({ data: { email: `technician-${randomUUID()}@fieldbook.test`, name: displayName, staffRole: "TECHNICIAN" } });
  return db.technician.create({
    data: {
      userId: user.id,
      displayName,
      homeStreet: "1 Rue de Rivoli",
      homePostalCode: "75001",
      homeCity: "Paris",
      homeCountry: "FR",
      homeLatitude: 48.8606,
      homeLongitude: 2.3376,
    },
  });
}

/** A contact and a 60-minute service to book, plus a factory of appointment rows. */
export async function createBookingFixture(db: PrismaClient) {
  const productType = await db.productType.create({ data: { name: `Boiler ${randomUUID()}` } });
  const service = await db.service.create({ data: { productTypeId: productType.id, name: "Annual service", durationMinutes: 60 } });
  const contact = await db.contact.create({ data: { firstName: "Claire", lastName: "Martin", timeZone: "Europe/Paris" } });
  const appointmentData = (technicianId: string, startsAt: string, endsAt: string) => ({
    contactId: contact.id,
    serviceId: service.id,
    technicianId,
    startsAt: new Date(startsAt),
    endsAt: new Date(endsAt),
    timeZone: "Europe/Paris",
  });
  return { service, contact, appointmentData };
}
