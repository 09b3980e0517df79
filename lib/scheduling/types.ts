/**
 * Public types of the slot engine (product.md §2). Instants are `Date`s; calendar dates are
 * "YYYY-MM-DD" strings; wall times are "HH:mm" strings read in a named IANA zone.
 */

/** A point on Earth in decimal degrees (WGS 84). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The service address: where the visit happens, and the zone its times are shown in. */
export interface ServiceLocation extends GeoPoint {
  /** IANA zone of the address. The engine only needs its coordinates; see `describeZones`. */
  timeZone: string;
}

export interface SlotService {
  durationMinutes: number;
  /** Time the technician stays unavailable after the visit (tidying, paperwork). */
  bufferAfterMinutes: number;
  /** The technician needs every one of them. */
  requiredSkillIds: readonly string[];
}

/** One weekly range, wall-clock in the technician's zone. */
export interface WorkingHoursEntry {
  /** ISO 8601: 1 = Monday … 7 = Sunday (the numbering of `WorkingHours.weekday`). */
  weekday: number;
  /** "HH:mm", inclusive. */
  start: string;
  /** "HH:mm", exclusive; "24:00" is midnight at the end of the day. */
  end: string;
  /** WORK ranges add working time; BREAK ranges take it away again. */
  kind: "WORK" | "BREAK";
}

export interface BusyPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** An existing, non-cancelled appointment of the technician (the caller leaves cancelled ones out). */
export interface ExistingAppointment extends BusyPeriod {
  location: GeoPoint;
  /** The buffer of that appointment's service; 0 when absent. */
  bufferAfterMinutes?: number;
}

export interface SlotTechnician {
  id: string;
  skillIds: readonly string[];
  /** IANA zone the working hours are read in. */
  timeZone: string;
  /** Where each working period starts: travel from here to the first visit is kept free. */
  homeBase: GeoPoint;
  workingHours: readonly WorkingHoursEntry[];
  timeOff: readonly BusyPeriod[];
  appointments: readonly ExistingAppointment[];
}

export interface TravelSettings {
  /** Average speed on the road, km/h. */
  averageSpeedKmh: number;
  /** Road distance ÷ great-circle distance, ≥ 1 in practice (1.3 by default). */
  roadFactor: number;
}

export interface SlotSettings {
  slotStepMinutes: number;
  /** Earliest slot start = now + this many minutes (hours or days, expressed in minutes). */
  minimumNoticeMinutes: number;
  /** Slot starts are before the same wall-clock time this many days after now, in the company zone. */
  bookingHorizonDays: number;
  travel: TravelSettings;
}

/** Calendar days in the company's zone, both inclusive. */
export interface DateRange {
  fromDate: string;
  toDate: string;
}

export interface AvailabilityRequest {
  service: SlotService;
  location: ServiceLocation;
  range: DateRange;
  /** IANA zone of the company: days and the slot grid are read in it. */
  companyTimeZone: string;
  technicians: readonly SlotTechnician[];
  settings: SlotSettings;
  /** The engine never reads the clock. */
  now: Date;
}

export interface Slot {
  startsAt: Date;
  /** startsAt + the service's duration (the buffer is not part of the visit). */
  endsAt: Date;
  /** Every qualified technician free for this visit, sorted by id. */
  technicianIds: string[];
}

export interface AvailabilityDay {
  /** "YYYY-MM-DD" in the company zone. */
  date: string;
  /** Sorted by start, each instant once; empty = a disabled day in the calendar. */
  slots: Slot[];
}

export interface Availability {
  /** Every day of the range, in order. */
  days: AvailabilityDay[];
}
