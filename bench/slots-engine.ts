/**
 * `npm run bench:slots-engine`: the slot engine's compute time for the budget —
 * a month of slots for one service, 50 technicians around Paris, 5,000 existing appointments.
 * Budget: p95 < 20 ms. Data come from a seeded generator, so every run measures the same work.
 *
 *   npx tsx bench/slots-engine.ts [--iterations 200] [--warmup 30]
 */
import { performance } from "node:perf_hooks";
import { createSeededRandom } from "@/lib/demo/seeded-random";
import { computeAvailability, type AvailabilityRequest, type BusyPeriod, type ExistingAppointment, type SlotTechnician, type WorkingHoursEntry } from "@/lib/scheduling";

const BUDGET_P95_MS = 20;
const TECHNICIAN_COUNT = 50;
const APPOINTMENT_COUNT = 5_000;
const PARIS = { latitude: 48.8566, longitude: 2.3522 };
const ZONE = "Europe/Paris";
// October 2026: 22 working days, and the autumn DST change on the 25th.
const RANGE = { fromDate: "2026-10-01", toDate: "2026-10-31" };
const NOW = new Date("2026-09-30T07:00:00Z");
const SKILLS = ["heat-pump", "boiler", "air-conditioning", "electrical"];

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

function buildRequest(): AvailabilityRequest {
  const random = createSeededRandom(20261001);
  const aroundParis = () => ({
    latitude: PARIS.latitude + (random.next() - 0.5) * 0.5, // ±28 km north–south
    longitude: PARIS.longitude + (random.next() - 0.5) * 0.7, // ±26 km east–west
  });
  const technicians: (SlotTechnician & { appointments: ExistingAppointment[] })[] = [];
  for (let index = 0; index < TECHNICIAN_COUNT; index++) {
    // Nine in ten hold the service's skill: the skills filter works, and nearly all 50 are computed.
    const skillIds = SKILLS.filter((skill) => random.chance(skill === "heat-pump" ? 0.9 : 0.5));
    const startHour = random.pick([7, 8, 9]);
    const workingHours: WorkingHoursEntry[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: `0${startHour}:00`, end: `${startHour + 10}:00`, kind: "WORK" as const },
      { weekday, start: "12:00", end: "13:00", kind: "BREAK" as const },
    ]);
    if (random.chance(0.3)) workingHours.push({ weekday: 6, start: "08:00", end: "12:30", kind: "WORK" });
    const timeOff: BusyPeriod[] = [];
    if (random.chance(0.2)) {
      const startsAt = new Date(`2026-10-${String(random.integer(5, 25)).padStart(2, "0")}T00:00:00+02:00`);
      timeOff.push({ startsAt, endsAt: new Date(startsAt.getTime() + random.integer(1, 4) * 86_400_000) });
    }
    technicians.push({ id: random.uuid(), skillIds, timeZone: ZONE, homeBase: aroundParis(), workingHours, timeOff, appointments: [] });
  }
  // 5,000 appointments: each technician's working days filled one visit after another.
  let placed = 0;
  for (let day = 1; day <= 31 && placed < APPOINTMENT_COUNT; day++) {
    const weekday = new Date(Date.UTC(2026, 9, day)).getUTCDay();
    for (const technician of technicians) {
      if (placed >= APPOINTMENT_COUNT || weekday === 0) continue;
      const visits = weekday === 6 ? random.integer(0, 2) : random.integer(3, 6);
      let cursorMs = Date.parse(`2026-10-${String(day).padStart(2, "0")}T07:00:00+02:00`) + random.integer(0, 16) * 15 * 60_000;
      for (let visit = 0; visit < visits && placed < APPOINTMENT_COUNT; visit++) {
        const startsAt = new Date(cursorMs);
        const endsAt = new Date(cursorMs + random.pick([30, 45, 60, 90, 120]) * 60_000);
        technician.appointments.push({ startsAt, endsAt, location: aroundParis(), bufferAfterMinutes: random.pick([0, 10, 15]) });
        cursorMs = endsAt.getTime() + random.integer(1, 8) * 15 * 60_000;
        placed++;
      }
    }
  }
  return {
    service: { durationMinutes: 90, bufferAfterMinutes: 15, requiredSkillIds: ["heat-pump"] },
    location: { ...aroundParis(), timeZone: ZONE },
    range: RANGE,
    companyTimeZone: ZONE,
    technicians,
    settings: { slotStepMinutes: 30, minimumNoticeMinutes: 120, bookingHorizonDays: 60, travel: { averageSpeedKmh: 40, roadFactor: 1.3 } },
    now: NOW,
  };
}

function percentile(sortedMs: number[], fraction: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil(fraction * sortedMs.length) - 1)] as number;
}

const iterations = argument("iterations", 200);
const warmup = argument("warmup", 30);
const request = buildRequest();
const appointmentCount = request.technicians.reduce((sum, technician) => sum + technician.appointments.length, 0);
const qualifiedCount = request.technicians.filter((technician) => technician.skillIds.includes("heat-pump")).length;

let result = computeAvailability(request);
for (let run = 1; run < warmup; run++) result = computeAvailability(request);
const timesMs: number[] = [];
for (let run = 0; run < iterations; run++) {
  const startedAt = performance.now();
  result = computeAvailability(request);
  timesMs.push(performance.now() - startedAt);
}
timesMs.sort((a, b) => a - b);

const slots = result.days.flatMap((day) => day.slots);
const offers = slots.reduce((sum, slot) => sum + slot.technicianIds.length, 0);
const p50 = percentile(timesMs, 0.5);
const p95 = percentile(timesMs, 0.95);
console.info(
  `slot engine: ${RANGE.fromDate}…${RANGE.toDate}, ${request.technicians.length} technicians (${qualifiedCount} qualified), ` +
    `${appointmentCount} appointments, step ${request.settings.slotStepMinutes} min`,
);
console.info(`result: ${result.days.length} days, ${result.days.filter((day) => day.slots.length > 0).length} with slots, ${slots.length} slots, ${offers} technician offers`);
console.info(`${iterations} runs after ${warmup} warm-up: p50 ${p50.toFixed(2)} ms · p95 ${p95.toFixed(2)} ms · max ${(timesMs[timesMs.length - 1] as number).toFixed(2)} ms`);
if (p95 >= BUDGET_P95_MS) {
  console.error(`p95 ${p95.toFixed(2)} ms is over the ${BUDGET_P95_MS} ms budget`);
  process.exitCode = 1;
} else {
  console.info(`within budget (p95 < ${BUDGET_P95_MS} ms)`);
}
