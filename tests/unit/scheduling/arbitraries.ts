/**
 * fast-check generators of whole slot-engine requests: zones with odd offsets and DST changes
 * (including at midnight), dates on and around those changes, hours that touch the changes,
 * overlapping appointments and time off, and settings across their ranges. Every instant is a
 * whole minute, as the brute-force oracle needs.
 */
import fc from "fast-check";
import { type AvailabilityRequest, type ExistingAppointment, type SlotTechnician, type WorkingHoursEntry } from "@/lib/scheduling";

export const ZONES = [
  "Europe/Paris",
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata", // +05:30
  "Australia/Lord_Howe", // 30-minute DST, changes at 02:00
  "America/Santiago", // changes at midnight: 00:00 missing in September, 23:00 twice in April
  "UTC",
] as const;

/** First dates of the range: DST changes of the zones above, their eves, and quiet days. */
export const FIRST_DATES = [
  "2026-03-28", "2026-03-29", // Paris, London: spring
  "2026-10-24", "2026-10-25", // Paris, London: autumn
  "2026-03-08", "2026-11-01", // New York
  "2026-04-04", "2026-04-05", // Santiago, Lord Howe: autumn
  "2026-09-05", "2026-10-04", // Santiago, Lord Howe: spring
  "2026-01-14", "2026-06-12",
] as const;

const MINUTE = 60_000;
const DAY = 86_400_000;
const SKILLS = ["s1", "s2", "s3"];
const TECHNICIAN_IDS = ["t-a", "t-b", "t-c", "t-d"];

/** Around Paris: travel between any two points stays under a few hours. */
const nearParis = fc.record({
  latitude: fc.double({ min: 48.6, max: 49.1, noNaN: true }),
  longitude: fc.double({ min: 2.0, max: 2.7, noNaN: true }),
});

function wallTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Often on the quarter hour, often in the small hours where the DST changes are. */
const minuteOfDay = fc.oneof(
  fc.integer({ min: 0, max: 96 }).map((quarter) => quarter * 15),
  fc.integer({ min: 0, max: 300 }),
  fc.integer({ min: 0, max: 1440 }),
);

const hoursEntry: fc.Arbitrary<WorkingHoursEntry> = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    a: minuteOfDay,
    b: minuteOfDay,
    kind: fc.constantFrom<WorkingHoursEntry["kind"]>("WORK", "WORK", "WORK", "BREAK"),
  })
  .filter(({ a, b }) => a !== b)
  .map(({ weekday, a, b, kind }) => ({ weekday, start: wallTime(Math.min(a, b)), end: wallTime(Math.max(a, b)), kind }));

/** [start, end) as whole minutes around the range: from a day before to three days after its first midnight (UTC). */
function periodAround(rangeStartMs: number, maxLengthMinutes: number) {
  return fc
    .record({ offset: fc.integer({ min: -1440, max: 4 * 1440 }), length: fc.integer({ min: 1, max: maxLengthMinutes }) })
    .map(({ offset, length }) => ({ startsAt: new Date(rangeStartMs + offset * MINUTE), endsAt: new Date(rangeStartMs + (offset + length) * MINUTE) }));
}

function technicianArbitrary(id: string, rangeStartMs: number): fc.Arbitrary<SlotTechnician> {
  const appointment: fc.Arbitrary<ExistingAppointment> = fc
    .record({
      period: periodAround(rangeStartMs, 240),
      location: nearParis,
      bufferAfterMinutes: fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }),
    })
    .map(({ period, location, bufferAfterMinutes }) =>
      bufferAfterMinutes === undefined ? { ...period, location } : { ...period, location, bufferAfterMinutes },
    );
  return fc.record({
    id: fc.constant(id),
    skillIds: fc.oneof(fc.constant(SKILLS), fc.subarray(SKILLS)),
    timeZone: fc.constantFrom(...ZONES),
    homeBase: nearParis,
    workingHours: fc.oneof(
      fc.array(hoursEntry, { maxLength: 10 }),
      // Every day worked, so that most requests have slots to check: round the clock, or a
      // day with a random start and end; then random breaks and extra ranges.
      fc
        .record({ day: fc.oneof(fc.constant([0, 1440]), fc.tuple(minuteOfDay, minuteOfDay)), extra: fc.array(hoursEntry, { maxLength: 4 }) })
        .filter(({ day: [a, b] }) => a !== b)
        .map(({ day: [a, b], extra }) => [
          ...[1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: wallTime(Math.min(a, b)), end: wallTime(Math.max(a, b)), kind: "WORK" as const })),
          ...extra,
        ]),
    ),
    timeOff: fc.array(periodAround(rangeStartMs, 600), { maxLength: 2 }),
    appointments: fc.array(appointment, { maxLength: 8 }),
  });
}

export const availabilityRequestArbitrary: fc.Arbitrary<AvailabilityRequest> = fc
  .record({ firstDate: fc.constantFrom(...FIRST_DATES), extraDays: fc.integer({ min: 0, max: 2 }) })
  .chain(({ firstDate, extraDays }) => {
    const rangeStartMs = Date.parse(`${firstDate}T00:00:00Z`);
    return fc.record({
      service: fc.record({
        durationMinutes: fc.oneof(fc.integer({ min: 15, max: 90 }), fc.integer({ min: 1, max: 240 })),
        bufferAfterMinutes: fc.integer({ min: 0, max: 45 }),
        requiredSkillIds: fc.oneof(fc.constant([]), fc.subarray(SKILLS, { maxLength: 2 })),
      }),
      location: fc.record({ latitude: nearParis.map((point) => point.latitude), longitude: nearParis.map((point) => point.longitude), timeZone: fc.constantFrom(...ZONES) }),
      range: fc.constant({ fromDate: firstDate, toDate: new Date(rangeStartMs + extraDays * DAY).toISOString().slice(0, 10) }),
      companyTimeZone: fc.constantFrom(...ZONES),
      technicians: fc
        .uniqueArray(fc.constantFrom(...TECHNICIAN_IDS), { minLength: 1, maxLength: 3 })
        .chain((ids) => fc.tuple(...ids.map((id) => technicianArbitrary(id, rangeStartMs)))),
      settings: fc.record({
        slotStepMinutes: fc.constantFrom(5, 10, 15, 20, 25, 30, 45, 50, 60, 90),
        minimumNoticeMinutes: fc.oneof(
          { arbitrary: fc.constant(0), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: 600 }), weight: 2 },
          { arbitrary: fc.integer({ min: 0, max: 3 * 1440 }), weight: 1 },
        ),
        bookingHorizonDays: fc.oneof({ arbitrary: fc.integer({ min: 3, max: 5 }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 5 }), weight: 1 }),
        travel: fc.record({ averageSpeedKmh: fc.double({ min: 20, max: 90, noNaN: true }), roadFactor: fc.double({ min: 1, max: 1.6, noNaN: true }) }),
      }),
      now: fc
        .oneof({ arbitrary: fc.integer({ min: -1440, max: 0 }), weight: 2 }, { arbitrary: fc.integer({ min: -1440, max: (extraDays + 1) * 1440 }), weight: 1 })
        .map((minutes) => new Date(rangeStartMs + minutes * MINUTE)),
    });
  });
