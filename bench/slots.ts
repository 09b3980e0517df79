/**
 * `npm run bench:slots` (issue 6, performance), part 2 — part 1 is bench/slots-engine.ts, which
 * the npm script runs first. The full `GET /api/portal/v1/slots` for a month: one service,
 * 50 technicians around Paris, 5,000 appointments in the month, 20 closed-loop clients, each a
 * signed-in Web API customer at their own address. Budget: p95 < 150 ms.
 *
 * Every request runs the real handler: session and web roles, zod, the engine's inputs (from the
 * API process's availability cache: one small statement checks the change numbers and reads the
 * customer's address), the engine, JSON in the address's zone. PostgreSQL is embedded (or
 * BENCH_DATABASE_URL's server); the API server is its own process.
 *
 * Two runs: a steady one, then one while another connection changes a technician's time off
 * every CHANGE_EVERY_MS (so requests keep re-reading changed technicians, as bookings would make
 * them). The budget applies to both.
 *
 *   npx tsx bench/slots.ts [--requests 400] [--clients 20]
 */
import { cpus } from "node:os";
import { randomUUID } from "node:crypto";
import { createSeededRandom } from "../lib/demo/seeded-random";
import { configureCompany, createCustomers, httpClient, percentile, runLoad, startApiServer, startBenchDatabase } from "./support/bench-world";

const BUDGET_P95_MS = 150;
const TECHNICIAN_COUNT = 50;
const APPOINTMENT_COUNT = 5_000;
const PARIS = { latitude: 48.8566, longitude: 2.3522 };
const NOW = "2026-09-30T07:00:00Z";
const RANGE = { from: "2026-10-01", to: "2026-10-31" };
const CHANGE_EVERY_MS = 100;

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

const clients = argument("clients", 20);
const requests = argument("requests", 400);
const random = createSeededRandom(20261001);
const aroundParis = () => ({
  latitude: PARIS.latitude + (random.next() - 0.5) * 0.5,
  longitude: PARIS.longitude + (random.next() - 0.5) * 0.7,
});

const database = await startBenchDatabase("bench-slots");
const { db } = database;
try {
  await configureCompany(db);
  const skills = ["heat-pump", "boiler", "air-conditioning", "electrical"].map((name) => ({ id: randomUUID(), name }));
  await db.skill.createMany({ data: skills });
  const productType = await db.productType.create({ data: { name: "Heat pump" } });
  // The service asked for (90 min + 15 buffer, heat-pump skill) and the services of existing visits.
  const services = [0, 10, 15].map((buffer, index) => ({ id: randomUUID(), productTypeId: productType.id, name: `Service ${index}`, durationMinutes: 60, bufferAfterMinutes: buffer }));
  const asked = { id: randomUUID(), productTypeId: productType.id, name: "Heat pump annual maintenance", durationMinutes: 90, bufferAfterMinutes: 15 };
  await db.service.createMany({ data: [...services, asked] });
  await db.serviceSkill.create({ data: { serviceId: asked.id, skillId: skills[0]!.id } });

  const users = Array.from({ length: TECHNICIAN_COUNT }, (_, index) => ({ id: randomUUID(), email: `technician${index}@bench.test`, name: `Technician ${index}`, staffRole: "TECHNICIAN" as const }));
  await db.user.createMany({ data: users });
  const technicians = users.map((user, index) => {
    const home = aroundParis();
    return {
      id: randomUUID(),
      userId: user.id,
      displayName: `Technician ${index}`,
      homeStreet: "1 Rue de Rivoli",
      homePostalCode: "75001",
      homeCity: "Paris",
      homeCountry: "FR",
      homeLatitude: home.latitude,
      homeLongitude: home.longitude,
      timeZone: "Europe/Paris",
      skillNames: skills.filter((skill) => random.chance(skill.name === "heat-pump" ? 0.9 : 0.5)).map((skill) => skill.id),
      startHour: random.pick([7, 8, 9]),
      saturday: random.chance(0.3),
    };
  });
  await db.technician.createMany({ data: technicians.map(({ skillNames: _s, startHour: _h, saturday: _w, ...technician }) => technician) });
  await db.technicianSkill.createMany({ data: technicians.flatMap((technician) => technician.skillNames.map((skillId) => ({ technicianId: technician.id, skillId }))) });
  await db.workingHours.createMany({
    data: technicians.flatMap((technician) => [
      ...[1, 2, 3, 4, 5].flatMap((weekday) => [
        { technicianId: technician.id, weekday, kind: "WORK" as const, startTime: `0${technician.startHour}:00`, endTime: `${technician.startHour + 10}:00` },
        { technicianId: technician.id, weekday, kind: "BREAK" as const, startTime: "12:00", endTime: "13:00" },
      ]),
      ...(technician.saturday ? [{ technicianId: technician.id, weekday: 6, kind: "WORK" as const, startTime: "08:00", endTime: "12:30" }] : []),
    ]),
  });
  await db.timeOff.createMany({
    data: technicians.flatMap((technician) => {
      if (!random.chance(0.2)) return [];
      const startsAt = new Date(`2026-10-${String(random.integer(5, 25)).padStart(2, "0")}T00:00:00+02:00`);
      return [{ technicianId: technician.id, startsAt, endsAt: new Date(startsAt.getTime() + random.integer(1, 4) * 86_400_000) }];
    }),
  });

  // Addresses of the existing visits, then 5,000 visits: each technician's days filled one after another.
  const addresses = await createCustomers(db, Array.from({ length: 300 }, aroundParis));
  const appointments: { contactId: string; serviceId: string; technicianId: string; startsAt: Date; endsAt: Date; timeZone: string }[] = [];
  for (let day = 1; day <= 31 && appointments.length < APPOINTMENT_COUNT; day++) {
    const weekday = new Date(Date.UTC(2026, 9, day)).getUTCDay();
    for (const technician of technicians) {
      if (appointments.length >= APPOINTMENT_COUNT || weekday === 0) continue;
      const visits = weekday === 6 ? random.integer(0, 2) : random.integer(3, 6);
      let cursorMs = Date.parse(`2026-10-${String(day).padStart(2, "0")}T07:00:00+02:00`) + random.integer(0, 16) * 15 * 60_000;
      for (let visit = 0; visit < visits && appointments.length < APPOINTMENT_COUNT; visit++) {
        const endsAtMs = cursorMs + random.pick([30, 45, 60, 90, 120]) * 60_000;
        appointments.push({
          contactId: random.pick(addresses).contactId,
          serviceId: random.pick(services).id,
          technicianId: technician.id,
          startsAt: new Date(cursorMs),
          endsAt: new Date(endsAtMs),
          timeZone: "Europe/Paris",
        });
        cursorMs = endsAtMs + random.integer(1, 8) * 15 * 60_000;
      }
    }
  }
  await db.appointment.createMany({ data: appointments });
  await db.$executeRawUnsafe("ANALYZE");

  const customers = await createCustomers(db, Array.from({ length: clients }, aroundParis));
  const server = await startApiServer(database.url, { BENCH_NOW: NOW });
  try {
    const path = `/api/portal/v1/slots?serviceId=${asked.id}&from=${RANGE.from}&to=${RANGE.to}`;
    const http = httpClient(server.baseUrl, clients);
    const get = async (index: number) => {
      const response = await http(path, { headers: { cookie: customers[index % customers.length]!.cookie } });
      const body = JSON.parse(response.body) as { days?: { slots: unknown[] }[] };
      if (response.status !== 200) throw new Error(`GET slots answered ${response.status}: ${JSON.stringify(body)}`);
      return body.days!.reduce((sum, day) => sum + day.slots.length, 0);
    };
    await runLoad(clients, clients * 3, get); // warm-up: JIT, connection pools
    console.info(
      `\nslots API: GET /api/portal/v1/slots ${RANGE.from}…${RANGE.to}, ${TECHNICIAN_COUNT} technicians, ${appointments.length} appointments, ` +
        `${clients} concurrent clients, ${cpus().length} CPU(s)`,
    );
    const report = (label: string, { results, wallMs }: { results: { ms: number; value: number }[]; wallMs: number }) => {
      const times = results.map((result) => result.ms).sort((a, b) => a - b);
      const p50 = percentile(times, 0.5);
      const p95 = percentile(times, 0.95);
      console.info(
        `${label}: ${requests} requests in ${(wallMs / 1000).toFixed(2)} s (${(requests / (wallMs / 1000)).toFixed(0)} req/s): ` +
          `p50 ${p50.toFixed(1)} ms · p95 ${p95.toFixed(1)} ms · max ${times.at(-1)!.toFixed(1)} ms`,
      );
      if (p95 >= BUDGET_P95_MS) {
        console.error(`${label}: p95 ${p95.toFixed(1)} ms is over the ${BUDGET_P95_MS} ms budget`);
        process.exitCode = 1;
      }
    };

    const steady = await runLoad(clients, requests, get);
    console.info(`result: ${steady.results[0]!.value} slots per answer (each customer's own address)`);
    report("steady", steady);

    // Time off of one technician added or removed every CHANGE_EVERY_MS, on the bench's own connection.
    let changes = 0;
    let changing = true;
    const changer = (async () => {
      const added: string[] = [];
      while (changing) {
        const technician = random.pick(technicians);
        if (added.length > 0 && random.chance(0.5)) {
          await db.timeOff.delete({ where: { id: added.pop()! } });
        } else {
          const startsAt = new Date(`2026-10-${String(random.integer(1, 30)).padStart(2, "0")}T${String(random.integer(8, 16)).padStart(2, "0")}:00:00+02:00`);
          const row = await db.timeOff.create({ data: { technicianId: technician.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) }, select: { id: true } });
          added.push(row.id);
        }
        changes++;
        await new Promise((resolve) => setTimeout(resolve, CHANGE_EVERY_MS));
      }
    })();
    const changingRun = await runLoad(clients, requests, get).finally(() => (changing = false));
    await changer;
    report(`with ${changes} time-off changes (one every ${CHANGE_EVERY_MS} ms)`, changingRun);
    if (process.exitCode !== 1) console.info(`within budget (p95 < ${BUDGET_P95_MS} ms)`);
  } finally {
    await server.stop();
  }
} finally {
  await database.stop();
}
