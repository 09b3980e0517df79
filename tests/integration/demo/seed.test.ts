// lib/demo/seed-demo-data.ts: the demo company npm start loads on the first run.
import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_SIGN_INS, seedDemoDataOnce, syncDemoMailboxPort } from "@/lib/demo/seed-demo-data";
import { createDatabase, setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();

// A Tuesday morning in Paris, two days after the spring DST change.
const NOW = new Date("2026-03-31T08:20:00Z");
const seededFirst = await seedDemoDataOnce(db, { now: NOW });

const ISO_WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Local date, ISO weekday and "HH:mm" of an instant, from Intl (independent of the seed's TZDate code). */
function localWallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: ISO_WEEKDAYS[parts.weekday!]!, time: `${parts.hour}:${parts.minute}` };
}

async function tableCounts(client: typeof db) {
  return {
    users: await client.user.count(),
    technicians: await client.technician.count(),
    workingHours: await client.workingHours.count(),
    productTypes: await client.productType.count(),
    services: await client.service.count(),
    customerAccounts: await client.customerAccount.count(),
    contacts: await client.contact.count(),
    appointments: await client.appointment.count(),
    statusChanges: await client.appointmentStatusChange.count(),
    notes: await client.note.count(),
    tasks: await client.task.count(),
    surveys: await client.survey.count(),
    surveyResponses: await client.surveyResponse.count(),
    webRoles: await client.webRole.count(),
    notificationSettings: await client.notificationSetting.count(),
  };
}

describe("seedDemoDataOnce", () => {
  it("loads the demo company, with counts in the expected ranges", async () => {
    const counts = await tableCounts(db);

    expect(seededFirst).toBe(true);
    expect(counts).toMatchObject({ technicians: 8, productTypes: 3, services: 6, customerAccounts: 15, contacts: 40, users: 12, webRoles: 2, notificationSettings: 8 });
    expect(counts.appointments).toBeGreaterThanOrEqual(170);
    expect(counts.appointments).toBeLessThanOrEqual(250);
    expect(counts.statusChanges).toBeGreaterThan(counts.appointments);
    for (const key of ["notes", "tasks", "surveys", "surveyResponses"] as const) expect(counts[key]).toBeGreaterThan(0);
    expect(await db.settings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      companyName: "Brightwater Services",
      timeZone: "Europe/Paris",
      demoSeededAt: NOW,
    });
  });

  it("has appointments in every status, in the past and in the future", async () => {
    const byStatus = await db.appointment.groupBy({ by: ["status"], _count: true });
    const day = 24 * 60 * 60 * 1000;

    expect(byStatus.map((group) => group.status).sort()).toEqual(["CANCELLED", "COMPLETED", "IN_PROGRESS", "SCHEDULED", "TRAVELING"]);
    expect(await db.appointment.count({ where: { startsAt: { lt: new Date(NOW.getTime() - 45 * day) } } })).toBeGreaterThan(0);
    expect(await db.appointment.count({ where: { startsAt: { gt: new Date(NOW.getTime() + 20 * day) } } })).toBeGreaterThan(0);
    expect(await db.appointment.count({ where: { status: { in: ["COMPLETED"] }, endsAt: { gt: NOW } } })).toBe(0);
    expect(await db.appointment.count({ where: { status: "SCHEDULED", startsAt: { lte: NOW } } })).toBe(0);
    // On a working morning, the visits under way and on the way are today's.
    const live = await db.appointment.findMany({ where: { status: { in: ["TRAVELING", "IN_PROGRESS"] } } });
    expect(live.every((appointment) => localWallClock(appointment.startsAt, "Europe/Paris").date === "2026-03-31")).toBe(true);
  });

  it("places every appointment inside its technician's working hours, outside breaks and time off", async () => {
    const appointments = await db.appointment.findMany({ include: { technician: { include: { workingHours: true, timeOff: true } } } });
    const misplaced = appointments.filter((appointment) => {
      const { technician } = appointment;
      const start = localWallClock(appointment.startsAt, technician.timeZone);
      const end = localWallClock(appointment.endsAt, technician.timeZone);
      const ranges = technician.workingHours.filter((range) => range.weekday === start.weekday);
      const insideWork = ranges.some((range) => range.kind === "WORK" && range.startTime <= start.time && end.time <= range.endTime);
      const inBreak = ranges.some((range) => range.kind === "BREAK" && range.startTime < end.time && start.time < range.endTime);
      const inTimeOff = technician.timeOff.some((off) => off.startsAt < appointment.endsAt && appointment.startsAt < off.endsAt);
      return start.date !== end.date || !insideWork || inBreak || inTimeOff;
    });

    expect(misplaced.map((appointment) => `${appointment.number} ${appointment.startsAt.toISOString()}`)).toEqual([]);
  });

  it("never gives a technician two overlapping appointments", async () => {
    const overlaps = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM appointments a JOIN appointments b
        ON a.technician_id = b.technician_id AND a.id < b.id AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`;

    expect(Number(overlaps[0]!.count)).toBe(0);
  });

  it("records a status history that ends in each appointment's status", async () => {
    const appointments = await db.appointment.findMany({ include: { statusChanges: { orderBy: { changedAt: "asc" } } } });

    for (const appointment of appointments) {
      const history = appointment.statusChanges;
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: "SCHEDULED" });
      expect(history.at(-1)!.toStatus).toBe(appointment.status);
      history.slice(1).forEach((change, index) => expect(change.fromStatus).toBe(history[index]!.toStatus));
      expect(history.every((change) => change.changedAt <= NOW)).toBe(true);
    }
  });

  it("creates sign-ins whose passwords verify against argon2id hashes", async () => {
    for (const signIn of DEMO_SIGN_INS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: signIn.email }, include: { contact: { include: { webRoles: { include: { webRole: true } } } } } });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(user.passwordHash!, signIn.password)).toBe(true);
      expect(user.staffRole).toBe(signIn.role === "customer" ? null : signIn.role.toUpperCase());
      if (signIn.role === "customer") expect(user.contact?.email).toBe(signIn.email);
    }
    const rolesOf = async (email: string) =>
      (await db.contactWebRole.findMany({ where: { contact: { email } }, include: { webRole: true } })).map((entry) => entry.webRole.key).sort();
    expect(await rolesOf("customer@fieldbook.test")).toEqual(["authenticated_users"]);
    expect(await rolesOf("api-customer@fieldbook.test")).toEqual(["authenticated_users", "web_api_users"]);
  });

  it("gives the company one enabled mailbox on the development mail catcher, the default sender and the password-reset sender", async () => {
    const mailboxes = await db.mailbox.findMany();
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@fieldbook.test" } });
    const settings = await db.settings.findUniqueOrThrow({ where: { id: 1 } });

    expect(mailboxes).toHaveLength(1);
    expect(mailboxes[0]).toMatchObject({
      displayName: "Brightwater Services",
      fromAddress: "bookings@brightwater.test",
      smtpHost: "127.0.0.1",
      smtpPort: 1025,
      tlsMode: "NONE",
      smtpPasswordEncrypted: null,
      status: "ENABLED",
      ownerUserId: admin.id,
    });
    expect(settings).toMatchObject({ defaultMailboxId: mailboxes[0]!.id, passwordResetProcessEnabled: true, passwordResetSenderUserId: admin.id });
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "PASSWORD_RESET" } })).toMatchObject({ senderUserId: admin.id });
  });

  it("moves the demo mailbox to the mail catcher's port when it changes, and no other mailbox", async () => {
    const other = await db.mailbox.create({
      data: { displayName: "Other", fromAddress: "other@brightwater.test", smtpHost: "127.0.0.1", smtpPort: 1025, tlsMode: "NONE" },
    });
    try {
      expect(await syncDemoMailboxPort(db, 2525)).toBe(true);
      expect(await syncDemoMailboxPort(db, 2525)).toBe(false);
      expect((await db.mailbox.findFirstOrThrow({ where: { fromAddress: "bookings@brightwater.test" } })).smtpPort).toBe(2525);
      expect((await db.mailbox.findUniqueOrThrow({ where: { id: other.id } })).smtpPort).toBe(1025);
    } finally {
      await syncDemoMailboxPort(db, 1025);
      await db.mailbox.delete({ where: { id: other.id } });
    }
  });

  it("changes nothing when called again", async () => {
    const before = await tableCounts(db);

    expect(await seedDemoDataOnce(db, { now: new Date(NOW.getTime() + 3_600_000) })).toBe(false);
    expect(await tableCounts(db)).toEqual(before);
    expect((await db.settings.findUniqueOrThrow({ where: { id: 1 } })).demoSeededAt).toEqual(NOW);
  });

  it("leaves a database that already has users alone", async () => {
    const database = await createDatabase();
    const client = createPrismaClient(database.url);
    try {
      await client.user.create({ data: { email: "owner@acme.example", staffRole: "ADMIN" } });

      expect(await seedDemoDataOnce(client, { now: NOW })).toBe(false);
      expect(await client.user.count()).toBe(1);
      expect(await client.appointment.count()).toBe(0);
      expect(await client.settings.count()).toBe(0);
    } finally {
      await client.$disconnect();
      await database.drop();
    }
  });

  it("is deterministic for one `now`, and seeds a Sunday night with every status too", async () => {
    const appointmentsOf = (client: typeof db) =>
      client.appointment.findMany({ select: { id: true, number: true, technicianId: true, contactId: true, startsAt: true, status: true }, orderBy: { number: "asc" } });
    const same = await createDatabase();
    const sundayNight = await createDatabase();
    const sameDb = createPrismaClient(same.url);
    const sundayDb = createPrismaClient(sundayNight.url);
    try {
      // Both concurrently on one database: the advisory lock lets exactly one seed.
      const results = await Promise.all([seedDemoDataOnce(sameDb, { now: NOW }), seedDemoDataOnce(sameDb, { now: NOW })]);
      expect(results.sort()).toEqual([false, true]);
      expect(await appointmentsOf(sameDb)).toEqual(await appointmentsOf(db));

      // The night the clocks go back: nobody works, yet the demo shows visits under way and on the way.
      await seedDemoDataOnce(sundayDb, { now: new Date("2026-10-25T21:00:00Z") });
      const statuses = new Set((await appointmentsOf(sundayDb)).map((appointment) => appointment.status));
      expect([...statuses].sort()).toEqual(["CANCELLED", "COMPLETED", "IN_PROGRESS", "SCHEDULED", "TRAVELING"]);
    } finally {
      await sameDb.$disconnect();
      await sundayDb.$disconnect();
      await same.drop();
      await sundayNight.drop();
    }
  });
});
