/**
 * Builders for slot-engine tests: a request with quiet defaults (one Paris technician at the
 * service address, so no travel; no notice; a far horizon) that each test overrides.
 */
import { type Availability, type AvailabilityRequest, type SlotTechnician, type WorkingHoursEntry } from "@/lib/scheduling";

export const PARIS = "Europe/Paris";
/** Notre-Dame, Paris: the default service address and home base. */
export const PARIS_CENTRE = { latitude: 48.853, longitude: 2.3499 };
/** 0.25° of latitude north of PARIS_CENTRE: 27.8 km, i.e. 28 min at 60 km/h with road factor 1. */
export const TWENTY_EIGHT_MINUTES_NORTH = { latitude: PARIS_CENTRE.latitude + 0.25, longitude: PARIS_CENTRE.longitude };
/** Travel settings under which travel minutes = ceil(great-circle km). */
export const ONE_KM_PER_MINUTE = { averageSpeedKmh: 60, roadFactor: 1 };

export const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

export function hours(weekdays: number | number[], start: string, end: string, kind: WorkingHoursEntry["kind"] = "WORK"): WorkingHoursEntry[] {
  return (Array.isArray(weekdays) ? weekdays : [weekdays]).map((weekday) => ({ weekday, start, end, kind }));
}

export function technician(overrides: Partial<SlotTechnician> = {}): SlotTechnician {
  return {
    id: "tech-a",
    skillIds: [],
    timeZone: PARIS,
    homeBase: PARIS_CENTRE,
    workingHours: hours(MONDAY_TO_FRIDAY, "09:00", "17:00"),
    timeOff: [],
    appointments: [],
    ...overrides,
  };
}

type RequestOverrides = Omit<Partial<AvailabilityRequest>, "service" | "settings"> & {
  service?: Partial<AvailabilityRequest["service"]>;
  settings?: Partial<AvailabilityRequest["settings"]>;
};

export function availabilityRequest(overrides: RequestOverrides = {}): AvailabilityRequest {
  const { service, settings, ...rest } = overrides;
  return {
    location: { ...PARIS_CENTRE, timeZone: PARIS },
    range: { fromDate: "2026-01-14", toDate: "2026-01-14" }, // a Wednesday, CET (UTC+01:00)
    companyTimeZone: PARIS,
    technicians: [technician()],
    now: new Date("2026-01-01T00:00:00Z"),
    ...rest,
    service: { durationMinutes: 60, bufferAfterMinutes: 0, requiredSkillIds: [], ...service },
    settings: {
      slotStepMinutes: 60,
      minimumNoticeMinutes: 0,
      bookingHorizonDays: 365,
      travel: ONE_KM_PER_MINUTE,
      ...settings,
    },
  };
}

/** Slot starts of one day as ISO strings (the whole result must have that day). */
export function startsOn(availability: Availability, date: string): string[] {
  const day = availability.days.find((candidate) => candidate.date === date);
  if (!day) throw new Error(`No day ${date} in the result`);
  return day.slots.map((slot) => slot.startsAt.toISOString());
}

/** Slot starts of a one-day result as ISO strings. */
export function starts(availability: Availability): string[] {
  if (availability.days.length !== 1) throw new Error(`Expected one day, got ${availability.days.length}`);
  return startsOn(availability, (availability.days[0] as Availability["days"][number]).date);
}
