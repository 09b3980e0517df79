/**
 * A small company for the booking tests, on a real PostgreSQL: Paris, a 60-minute heat-pump
 * service needing one skill, technicians working Monday–Friday 08:00–17:00 (Europe/Paris) at
 * the same address as the customers (no travel), customers with portal accounts, a dispatcher.
 *
 * Times: `NOW` is Monday 5 October 2026, 08:00 in Paris; `at("2026-10-06", "09:00")` is the
 * instant of a Paris wall time.
 */
import { randomUUID } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import type { PrismaClient } from "@prisma/client";
import type { CustomerActor, StaffActor } from "@/lib/auth";
import { ensureReferenceData } from "@/lib/db/reference-data";
import { SETTINGS_ID } from "@/lib/db/types";

export const ZONE = "Europe/Paris";
export const NOW = new Date("2026-10-05T06:00:00Z");
export const APP_URL = "https://portal.brightwater.test";
const PARIS = { latitude: 48.8566, longitude: 2.3522 };

/** The instant of a Paris wall time. */
export function at(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, ZONE).getTime());
}

export interface BookingWorld {
  serviceId: string;
  skillId: string;
  customers: CustomerActor[];
  dispatcher: StaffActor;
  /** Technician ids, in the order they were created (ids are random: sort when order matters). */
  technicianIds: string[];
  addTechnician(options?: { skilled?: boolean; name?: string }): Promise<{ id: string; userId: string; actor: StaffActor }>;
  addCustomer(options?: { email?: string | null }): Promise<CustomerActor>;
}

export async function createBookingWorld(db: PrismaClient, { technicians = 1, customers = 2 }: { technicians?: number; customers?: number } = {}): Promise<BookingWorld> {
  await ensureReferenceData(db);
  await db.settings.update({
    where: { id: SETTINGS_ID },
    data: {
      companyName: "Brightwater Services",
      timeZone: ZONE,
      minimumNoticeMinutes: 120,
      bookingHorizonDays: 60,
      slotStepMinutes: 30,
      rescheduleCutoffMinutes: 24 * 60,
      cancelCutoffMinutes: 12 * 60,
      maxReschedules: 2,
    },
  });
  const skill = await db.skill.create({ data: { name: `Heat pumps ${randomUUID()}` } });
  const productType = await db.productType.create({ data: { name: `Heat pump ${randomUUID()}` } });
  const service = await db.service.create({
    data: { productTypeId: productType.id, name: "Heat pump annual maintenance", durationMinutes: 60, skills: { create: [{ skillId: skill.id }] } },
  });
  const dispatcherUser = await db.user.create({ data: { email: `dispatcher-${randomUUID()}@fieldbook.test`, name: "Marc Olivier", staffRole: "DISPATCHER" } });

  const world: BookingWorld = {
    serviceId: service.id,
    skillId: skill.id,
    customers: [],
    dispatcher: { kind: "staff", userId: dispatcherUser.id, role: "DISPATCHER", email: dispatcherUser.email, name: dispatcherUser.name },
    technicianIds: [],
    async addTechnician({ skilled = true, name = `Technician ${world.technicianIds.length + 1}` } = {}) {
      const user = await db.user.create({ data: { email: `technician-${randomUUID()}@fieldbook.test`, name, staffRole: "TECHNICIAN" } });
      const technician = await db.technician.create({
        data: {
          userId: user.id,
          displayName: name,
          homeStreet: "1 Rue de Rivoli",
          homePostalCode: "75001",
          homeCity: "Paris",
          homeCountry: "FR",
          homeLatitude: PARIS.latitude,
          homeLongitude: PARIS.longitude,
          timeZone: ZONE,
          skills: skilled ? { create: [{ skillId: skill.id }] } : undefined,
          workingHours: { create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: "08:00", endTime: "17:00" })) },
        },
      });
      world.technicianIds.push(technician.id);
      return { id: technician.id, userId: user.id, actor: { kind: "staff", userId: user.id, role: "TECHNICIAN", email: user.email, name } };
    },
    async addCustomer({ email = `customer-${randomUUID()}@example.com` } = {}) {
      const index = world.customers.length + 1;
      const contact = await db.contact.create({
        data: {
          firstName: "Claire",
          lastName: `Martin ${index}`,
          email,
          street: "12 Rue des Lilas",
          postalCode: "75011",
          city: "Paris",
          country: "FR",
          ...PARIS,
          timeZone: ZONE,
        },
      });
      const user = await db.user.create({ data: { email: email ?? `portal-${randomUUID()}@example.com`, name: `Claire Martin ${index}`, contactId: contact.id } });
      const actor: CustomerActor = { kind: "customer", userId: user.id, contactId: contact.id, email: user.email, name: user.name };
      world.customers.push(actor);
      return actor;
    },
  };
  for (let index = 0; index < technicians; index++) await world.addTechnician();
  for (let index = 0; index < customers; index++) await world.addCustomer();
  return world;
}

export const bookingCommand = (world: BookingWorld, by: CustomerActor | StaffActor, startsAt: Date, extra: { idempotencyKey?: string; contactId?: string } = {}) => ({
  serviceId: world.serviceId,
  startsAt,
  idempotencyKey: extra.idempotencyKey ?? randomUUID(),
  contactId: extra.contactId,
  by,
  now: NOW,
  appUrl: APP_URL,
});

/** The appointment row and the emails queued about it, oldest first. */
export async function appointmentState(db: PrismaClient, appointmentId: string) {
  const [appointment, emails, history, audit] = await Promise.all([
    db.appointment.findUnique({ where: { id: appointmentId } }),
    db.outboxEmail.findMany({ where: { appointmentId }, orderBy: { createdAt: "asc" } }),
    db.appointmentStatusChange.findMany({ where: { appointmentId }, orderBy: { changedAt: "asc" } }),
    db.auditLog.findMany({ where: { entityType: "appointment", entityId: appointmentId }, orderBy: { createdAt: "asc" } }),
  ]);
  return { appointment, emails, history, audit };
}
