import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bookAppointment, cancelAppointment, changeAppointmentStatus, rescheduleAppointment } from "@/lib/booking";
import { installReminderQueue, planMissingReminders, sendAppointmentReminder, startReminderWorker, REMINDER_QUEUE } from "@/lib/booking/reminders";
import { queueEmail } from "@/lib/mail/queue-email";
import { setUpTestDatabase } from "../../support/database";
import { APP_URL, NOW, ZONE, at, bookingCommand, createBookingWorld, type BookingWorld } from "./booking-fixture";
import { calendarDateIn } from "@/lib/booking/load-availability";

const { db, url } = await setUpTestDatabase();
let world: BookingWorld;

interface JobRow {
  singleton_key: string;
  state: string;
  start_after: Date;
  data: { appointmentId: string; version: number; appUrl: string };
}

const jobs = () =>
  db.$queryRawUnsafe<JobRow[]>(`SELECT singleton_key, state::text AS state, start_after, data FROM pgboss.job WHERE name = $1 ORDER BY created_on, singleton_key`, REMINDER_QUEUE);
const run = (job: Pick<JobRow, "data">, now: Date) => sendAppointmentReminder(db, { ...job.data, now, queueEmail });
const reminderEmails = () => db.outboxEmail.findMany({ where: { template: "appointment-reminder" } });

beforeAll(async () => {
  await installReminderQueue(url);
  world = await createBookingWorld(db, { technicians: 2, customers: 2 });
});
beforeEach(async () => {
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, REMINDER_QUEUE);
  await db.outboxEmail.deleteMany();
  await db.appointment.deleteMany();
});

async function book(startsAt: Date, now = NOW) {
  const result = await bookAppointment(db, { ...bookingCommand(world, world.customers[0]!, startsAt), now });
  if (!result.ok) throw new Error(result.code);
  return result.value.appointment;
}

describe("24-hour reminder", () => {
  it("is planned on booking for 24 hours before the visit, keyed by appointment and version", async () => {
    const appointment = await book(at("2026-10-08", "09:00"));
    expect(await jobs()).toMatchObject([
      { singleton_key: `${appointment.id}:1`, state: "created", start_after: at("2026-10-07", "09:00"), data: { appointmentId: appointment.id, version: 1, appUrl: APP_URL } },
    ]);
  });

  it("is not planned when the visit is less than 24 hours away (the confirmation just went out)", async () => {
    await book(at("2026-10-06", "08:00"));
    expect(await jobs()).toEqual([]);
  });

  it("is re-planned on reschedule: the old version's job does nothing, the new one sends once, never twice", async () => {
    const appointment = await book(at("2026-10-08", "09:00"));
    const [oldJob] = await jobs();
    const moved = await rescheduleAppointment(db, { appointmentId: appointment.id, startsAt: at("2026-10-09", "14:00"), by: world.customers[0]!, now: NOW, appUrl: APP_URL });
    expect(moved.ok).toBe(true);
    const all = await jobs();
    expect(all.map((job) => [job.singleton_key, job.state])).toEqual([
      [`${appointment.id}:1`, "cancelled"],
      [`${appointment.id}:2`, "created"],
    ]);
    expect(all[1]!.start_after).toEqual(at("2026-10-08", "14:00"));

    // Even if pg-boss ran the old job anyway, it sends nothing.
    expect(await run(oldJob!, at("2026-10-07", "09:00"))).toBe("stale");
    expect(await reminderEmails()).toEqual([]);

    const dueAt = at("2026-10-08", "14:00");
    expect(await run(all[1]!, dueAt)).toBe("sent");
    expect(await run(all[1]!, dueAt)).toBe("duplicate");
    const emails = await reminderEmails();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ notification: "REMINDER", icsAttachment: null, dedupeKey: `reminder:${appointment.id}:${at("2026-10-09", "14:00").toISOString()}` });
    expect(emails[0]!.text).toContain("14:00");
    expect(emails[0]!.text).toContain(ZONE);
  });

  it("is dropped on cancel, and a job that runs anyway sends nothing", async () => {
    const appointment = await book(at("2026-10-08", "09:00"));
    const [job] = await jobs();
    expect((await cancelAppointment(db, { appointmentId: appointment.id, reason: "Moving house", by: world.customers[0]!, now: NOW, appUrl: APP_URL })).ok).toBe(true);
    expect((await jobs()).map((row) => row.state)).toEqual(["cancelled"]);
    expect(await run(job!, at("2026-10-07", "09:00"))).toBe("stale");
    expect(await reminderEmails()).toEqual([]);
  });

  it("is dropped when the visit leaves SCHEDULED and planned again when it comes back", async () => {
    const appointment = await book(at("2026-10-08", "09:00"));
    const change = (toStatus: "TRAVELING" | "SCHEDULED") => changeAppointmentStatus(db, { appointmentId: appointment.id, toStatus, by: world.dispatcher, now: NOW, appUrl: APP_URL });
    expect((await change("TRAVELING")).ok).toBe(true);
    expect((await jobs()).map((row) => row.state)).toEqual(["cancelled"]);
    expect((await change("SCHEDULED")).ok).toBe(true);
    expect((await jobs()).map((row) => [row.singleton_key, row.state])).toEqual([
      [`${appointment.id}:1`, "cancelled"],
      [`${appointment.id}:3`, "created"],
    ]);
  });

  it("is planned by the sweep for a visit that has none, once", async () => {
    const appointment = await book(at("2026-10-08", "09:00"));
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, REMINDER_QUEUE);
    expect(await planMissingReminders(db, { now: NOW, appUrl: APP_URL })).toBe(1);
    expect(await planMissingReminders(db, { now: NOW, appUrl: APP_URL })).toBe(0);
    expect(await jobs()).toMatchObject([{ singleton_key: `${appointment.id}:1`, state: "created" }]);
  });

  it("is sent by the worker npm start runs, when due", async () => {
    // Real clock here: the worker reads it. A weekday visit a few days ahead, due now.
    const realNow = new Date();
    let day = new Date(realNow.getTime() + 3 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day = new Date(day.getTime() + 86_400_000);
    const appointment = await book(at(calendarDateIn(day, ZONE), "09:00"), realNow);
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() WHERE name = $1`, REMINDER_QUEUE);
    const worker = await startReminderWorker({ connectionString: url, queueEmail, appUrl: APP_URL, pollingIntervalSeconds: 0.5 });
    try {
      await expect.poll(async () => (await reminderEmails()).length, { timeout: 15_000, interval: 200 }).toBe(1);
    } finally {
      await worker.stop();
    }
    expect((await reminderEmails())[0]).toMatchObject({ appointmentId: appointment.id, notification: "REMINDER" });
    expect((await jobs())[0]).toMatchObject({ state: "completed" });
  });
});
