// product.md §2: two customers can never get the same technician at overlapping times, and the
// database itself enforces it (exclusion constraint appointments_no_technician_overlap).
import { describe, expect, it } from "vitest";
import { isOverlapViolation, isUniqueViolation } from "@/lib/db/errors";
import { setUpTestDatabase } from "../../support/database";
import { createBookingFixture, createTechnician } from "../../support/fixtures";

const { db } = await setUpTestDatabase();
const { appointmentData } = await createBookingFixture(db);

async function appointmentsOf(technicianId: string) {
  return db.appointment.findMany({ where: { technicianId }, select: { startsAt: true, status: true }, orderBy: { startsAt: "asc" } });
}

describe("appointments_no_technician_overlap", () => {
  it("rejects an overlapping appointment for the same technician with 23P01", async () => {
    const technician = await createTechnician(db);
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-04T09:00:00Z", "2030-03-04T10:00:00Z") });

    const error = await db.appointment
      .create({ data: appointmentData(technician.id, "2030-03-04T09:30:00Z", "2030-03-04T10:30:00Z") })
      .then(() => undefined, (thrown: unknown) => thrown);

    expect(isOverlapViolation(error)).toBe(true);
    expect(isUniqueViolation(error)).toBe(false);
    expect(await appointmentsOf(technician.id)).toEqual([{ startsAt: new Date("2030-03-04T09:00:00Z"), status: "SCHEDULED" }]);
  });

  it("rejects an appointment inside another one, and one that contains another", async () => {
    const technician = await createTechnician(db);
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-05T09:00:00Z", "2030-03-05T11:00:00Z") });

    for (const [startsAt, endsAt] of [
      ["2030-03-05T09:30:00Z", "2030-03-05T10:00:00Z"],
      ["2030-03-05T08:00:00Z", "2030-03-05T12:00:00Z"],
    ] as const) {
      const error = await db.appointment.create({ data: appointmentData(technician.id, startsAt, endsAt) }).catch((thrown: unknown) => thrown);
      expect(isOverlapViolation(error)).toBe(true);
    }
    expect(await appointmentsOf(technician.id)).toHaveLength(1);
  });

  it("accepts back-to-back appointments (ranges are half-open)", async () => {
    const technician = await createTechnician(db);
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-06T09:00:00Z", "2030-03-06T10:00:00Z") });
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-06T10:00:00Z", "2030-03-06T11:00:00Z") });
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-06T08:00:00Z", "2030-03-06T09:00:00Z") });

    expect(await appointmentsOf(technician.id)).toHaveLength(3);
  });

  it("accepts an overlap with a cancelled appointment", async () => {
    const technician = await createTechnician(db);
    await db.appointment.create({
      data: { ...appointmentData(technician.id, "2030-03-07T09:00:00Z", "2030-03-07T10:00:00Z"), status: "CANCELLED", cancelledAt: new Date() },
    });
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-07T09:00:00Z", "2030-03-07T10:00:00Z") });

    expect((await appointmentsOf(technician.id)).map((appointment) => appointment.status).sort()).toEqual(["CANCELLED", "SCHEDULED"]);
  });

  it("accepts overlapping appointments of different technicians", async () => {
    const [first, second] = [await createTechnician(db, "First"), await createTechnician(db, "Second")];
    await db.appointment.create({ data: appointmentData(first.id, "2030-03-08T09:00:00Z", "2030-03-08T10:00:00Z") });
    await db.appointment.create({ data: appointmentData(second.id, "2030-03-08T09:00:00Z", "2030-03-08T10:00:00Z") });

    expect(await appointmentsOf(first.id)).toHaveLength(1);
    expect(await appointmentsOf(second.id)).toHaveLength(1);
  });

  it("rejects un-cancelling an appointment whose time was taken meanwhile", async () => {
    const technician = await createTechnician(db);
    const original = await db.appointment.create({ data: appointmentData(technician.id, "2030-03-09T09:00:00Z", "2030-03-09T10:00:00Z") });
    await db.appointment.update({ where: { id: original.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-09T09:30:00Z", "2030-03-09T10:30:00Z") });

    const error = await db.appointment
      .update({ where: { id: original.id }, data: { status: "SCHEDULED", cancelledAt: null } })
      .catch((thrown: unknown) => thrown);

    expect(isOverlapViolation(error)).toBe(true);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: original.id }, select: { status: true } })).toEqual({ status: "CANCELLED" });
  });

  it("rejects moving an appointment onto another one, inside an interactive transaction too", async () => {
    const technician = await createTechnician(db);
    await db.appointment.create({ data: appointmentData(technician.id, "2030-03-10T09:00:00Z", "2030-03-10T10:00:00Z") });
    const later = await db.appointment.create({ data: appointmentData(technician.id, "2030-03-10T14:00:00Z", "2030-03-10T15:00:00Z") });

    const error = await db
      .$transaction((tx) =>
        tx.appointment.update({ where: { id: later.id }, data: { startsAt: new Date("2030-03-10T09:45:00Z"), endsAt: new Date("2030-03-10T10:45:00Z") } }),
      )
      .catch((thrown: unknown) => thrown);

    expect(isOverlapViolation(error)).toBe(true);
    expect((await appointmentsOf(technician.id)).map((appointment) => appointment.startsAt.toISOString())).toEqual([
      "2030-03-10T09:00:00.000Z",
      "2030-03-10T14:00:00.000Z",
    ]);
  });

  it("gives a contested slot to exactly one of two concurrent bookings", async () => {
    const technician = await createTechnician(db);
    const results = await Promise.allSettled(
      [0, 1].map(() => db.appointment.create({ data: appointmentData(technician.id, "2030-03-11T09:00:00Z", "2030-03-11T10:00:00Z") })),
    );

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(isOverlapViolation(rejected?.reason)).toBe(true);
    expect(await appointmentsOf(technician.id)).toHaveLength(1);
  });

  it("refuses an appointment that ends before it starts", async () => {
    const technician = await createTechnician(db);
    const error = await db.appointment
      .create({ data: appointmentData(technician.id, "2030-03-12T10:00:00Z", "2030-03-12T09:00:00Z") })
      .catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(Error);
    expect(isOverlapViolation(error)).toBe(false);
    expect(await appointmentsOf(technician.id)).toEqual([]);
  });
});
