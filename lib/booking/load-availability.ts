/**
 * Slots for one service at one customer's address (product.md §2, "Where peers fail" 1): the
 * engine's inputs come from ONE set-based SQL statement — settings, the service and its
 * skills, the address, and every qualified active technician with their working hours, time
 * off and appointments in the window — then the pure engine (lib/scheduling) computes.
 * No N+1, no clock read here: `now` is an argument.
 *
 * Booking and rescheduling use this loader (`loadAvailabilityInputs`) on the day of the
 * requested slot, and again inside their transaction for the one technician they lock. The
 * read path (`getAvailableSlots`: the portal's slot picker and GET /api/portal/v1/slots) reads
 * the same inputs from the process's cache instead (availability-cache.ts). */
import { type Db, type PipelinedTransaction, type Tx } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import {
  computeAvailability,
  isKnownTimeZone,
  type Availability,
  type AvailabilityRequest,
  type ExistingAppointment,
  type SlotTechnician,
  type WorkingHoursEntry,
} from "@/lib/scheduling";
import { type ChangePolicySettings } from "./lifecycle";
import { zonedIso } from "./zoned-time";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Appointments this far around the range still matter: travel and buffers cross midnight. */
const WINDOW_MARGIN_MS = 2 * DAY_MS;

/** Who the slots are for: minimum notice applies to customers, never to staff (failure 8). */
export type Audience = "customer" | "staff";

/** Booking rules the UI shows before Book (Settings). */
export interface BookingPolicy extends ChangePolicySettings {
  minimumNoticeMinutes: number;
  bookingHorizonDays: number;
  slotStepMinutes: number;
}

export interface AvailableSlot {
  startsAt: Date;
  /** startsAt + the service's duration. */
  endsAt: Date;
}

export interface AvailableDay {
  /** "YYYY-MM-DD" in the company's zone. */
  date: string;
  /** Empty: a disabled day in the calendar. */
  slots: AvailableSlot[];
}

export interface AvailableSlots {
  serviceId: string;
  serviceName: string;
  durationMinutes: number;
  /** IANA zone of the service address: show every time in it, named (failure 9). */
  timeZone: string;
  /** Days and the slot grid are the company's. */
  companyTimeZone: string;
  /** The viewer's zone when it is a known one; the UI shows its time beside the address's. */
  viewerZone: string | null;
  days: AvailableDay[];
  policy: BookingPolicy;
}

export interface GetAvailableSlots {
  serviceId: string;
  /** Whose service address: its coordinates drive travel, its zone the display. */
  contactId: string;
  /** Calendar days in the company zone, both inclusive. */
  fromDate: string;
  toDate: string;
  now: Date;
  viewerZone?: string | null;
  audience?: Audience;
  /** A visit being rescheduled does not block its own new time. */
  excludeAppointmentId?: string;
}

/** What one loader statement returns, decoded. */
export interface AvailabilityInputs {
  policy: BookingPolicy;
  companyTimeZone: string;
  travel: { averageSpeedKmh: number; roadFactor: number };
  service: { id: string; name: string; durationMinutes: number; bufferAfterMinutes: number; skillIds: string[] };
  address: { latitude: number; longitude: number; timeZone: string };
  /** Qualified, active technicians, sorted by id. */
  technicians: SlotTechnician[];
}

export type LoadAvailabilityError = "not_found";

/** The settings row as the loaders' SQL writes it (`SETTINGS_JSON_SQL`). */
export interface RawSettings {
  time_zone: string;
  minimum_notice_minutes: number;
  booking_horizon_days: number;
  slot_step_minutes: number;
  reschedule_cutoff_minutes: number;
  cancel_cutoff_minutes: number;
  max_reschedules: number;
  travel_speed_kmh: number;
  travel_road_factor: number;
}

/** The service and its required skills, as the loaders' SQL writes them. */
export interface RawService {
  id: string;
  name: string;
  duration_minutes: number;
  buffer_after_minutes: number;
  skill_ids: string[];
}

/** The customer's service address. */
export interface RawContact {
  latitude: number | null;
  longitude: number | null;
  time_zone: string | null;
}

/** The settings row as JSON, for the loaders' statements. */
export const SETTINGS_JSON_SQL = `(SELECT json_build_object(
      'time_zone', time_zone, 'minimum_notice_minutes', minimum_notice_minutes,
      'booking_horizon_days', booking_horizon_days, 'slot_step_minutes', slot_step_minutes,
      'reschedule_cutoff_minutes', reschedule_cutoff_minutes, 'cancel_cutoff_minutes', cancel_cutoff_minutes,
      'max_reschedules', max_reschedules, 'travel_speed_kmh', travel_speed_kmh, 'travel_road_factor', travel_road_factor)
    FROM settings WHERE id = 1)`;

interface RawInputs {
  settings: RawSettings | null;
  service: RawService | null;
  contact: RawContact | null;
  /**
   * [id, timeZone, homeLat, homeLng, skillIds, workingHours, timeOff, appointments]; time off
   * and appointments as parallel arrays (one JSON array per column, not one per row):
   * [startsAtMs[], endsAtMs[]] and [startsAtMs[], endsAtMs[], latitude[], longitude[], bufferMinutes[]].
   */
  technicians: [
    string,
    string,
    number,
    number,
    string[],
    [number, "WORK" | "BREAK", string, string][],
    [number[], number[]],
    [number[], number[], (number | null)[], (number | null)[], number[]],
  ][];
}

/**
 * The one statement. Appointments are read as epoch milliseconds in parallel arrays per
 * technician: a month for 50 technicians is thousands of rows, and building and parsing the
 * JSON stays cheap.
 */
const INPUTS_SQL = `
WITH svc AS (
  SELECT s.id, s.name, s.duration_minutes, s.buffer_after_minutes,
         COALESCE(array_agg(ss.skill_id::text) FILTER (WHERE ss.skill_id IS NOT NULL), '{}') AS skill_ids
    FROM services s LEFT JOIN service_skills ss ON ss.service_id = s.id
   WHERE s.id = $1::uuid AND s.active
   GROUP BY s.id
), qualified AS (
  SELECT t.id, t.time_zone, t.home_latitude, t.home_longitude
    FROM technicians t, svc
   WHERE t.active
     AND ($6::uuid[] IS NULL OR t.id = ANY($6::uuid[]))
     AND NOT EXISTS (
       SELECT 1 FROM service_skills ss
        WHERE ss.service_id = svc.id
          AND NOT EXISTS (SELECT 1 FROM technician_skills ts WHERE ts.technician_id = t.id AND ts.skill_id = ss.skill_id))
)
SELECT json_build_object(
  'settings', ${SETTINGS_JSON_SQL},
  'service', (SELECT row_to_json(svc) FROM svc),
  'contact', (SELECT json_build_object('latitude', latitude, 'longitude', longitude, 'time_zone', time_zone)
    FROM contacts WHERE id = $2::uuid),
  'technicians', COALESCE((SELECT json_agg(json_build_array(
      q.id, q.time_zone, q.home_latitude, q.home_longitude,
      (SELECT COALESCE(json_agg(ts.skill_id), '[]') FROM technician_skills ts WHERE ts.technician_id = q.id),
      (SELECT COALESCE(json_agg(json_build_array(w.weekday, w.kind, w.start_time, w.end_time)), '[]')
         FROM working_hours w WHERE w.technician_id = q.id),
      (SELECT json_build_array(COALESCE(array_agg(date_part('epoch', o.starts_at) * 1000), '{}'), COALESCE(array_agg(date_part('epoch', o.ends_at) * 1000), '{}'))
         FROM time_off o WHERE o.technician_id = q.id AND o.starts_at < $4::timestamptz AND o.ends_at > $3::timestamptz),
      (SELECT json_build_array(
                 COALESCE(array_agg(date_part('epoch', a.starts_at) * 1000), '{}'), COALESCE(array_agg(date_part('epoch', a.ends_at) * 1000), '{}'),
                 COALESCE(array_agg(c.latitude), '{}'), COALESCE(array_agg(c.longitude), '{}'), COALESCE(array_agg(s.buffer_after_minutes), '{}'))
         FROM appointments a
         JOIN contacts c ON c.id = a.contact_id
         JOIN services s ON s.id = a.service_id
        WHERE a.technician_id = q.id AND a.status <> 'CANCELLED'
          AND a.starts_at < $4::timestamptz AND a.ends_at > $3::timestamptz
          AND ($5::uuid IS NULL OR a.id <> $5::uuid))
    ) ORDER BY q.id) FROM qualified q), '[]')
)::text AS payload`;

export interface LoadAvailabilityInputs {
  serviceId: string;
  contactId: string;
  /** Appointments and time off overlapping [windowFrom, windowTo) are read. */
  windowFrom: Date;
  windowTo: Date;
  excludeAppointmentId?: string;
  /** Only these technicians (still only qualified, active ones). */
  technicianIds?: readonly string[];
}

/**
 * Reads everything the engine needs in one statement. `not_found`: no such active service or
 * contact, or the address has no coordinates (fieldErrors.contactId says so).
 */
export async function loadAvailabilityInputs(
  client: Db | Tx | PipelinedTransaction,
  query: LoadAvailabilityInputs,
): Promise<Result<AvailabilityInputs, LoadAvailabilityError>> {
  const values = [
    query.serviceId,
    query.contactId,
    query.windowFrom,
    query.windowTo,
    query.excludeAppointmentId ?? null,
    query.technicianIds ? [...query.technicianIds] : null,
  ];
  // A Prisma client or transaction is a proxy (`in` does not see its methods): tell them apart by the pipelined transaction's commit.
  const rows = isPipelined(client)
    ? await client.query<{ payload: string }>(INPUTS_SQL, values)
    : await client.$queryRawUnsafe<{ payload: string }[]>(INPUTS_SQL, ...values);
  const raw = JSON.parse(rows[0]!.payload) as RawInputs;
  return assembleInputs(
    raw,
    raw.technicians.map(([id, timeZone, homeLatitude, homeLongitude, skillIds, hours, timeOff, appointments]): SlotTechnician => {
      const homeBase = { latitude: homeLatitude, longitude: homeLongitude };
      return {
        id,
        timeZone,
        homeBase,
        skillIds,
        workingHours: workingHoursEntries(hours),
        // date_part gives float seconds: round back to whole milliseconds.
        timeOff: timeOff[0].map((startsAtMs, index) => ({ startsAt: new Date(Math.round(startsAtMs)), endsAt: new Date(Math.round(timeOff[1][index]!)) })),
        appointments: appointments[0].map((startsAtMs, index): ExistingAppointment => {
          const latitude = appointments[2][index];
          const longitude = appointments[3][index];
          return {
            startsAt: new Date(Math.round(startsAtMs)),
            endsAt: new Date(Math.round(appointments[1][index]!)),
            // An address without coordinates: assume the trip of a visit from home base.
            location: latitude == null || longitude == null ? homeBase : { latitude, longitude },
            bufferAfterMinutes: appointments[4][index] ?? 0,
          };
        }),
      };
    }),
  );
}

function isPipelined(client: Db | Tx | PipelinedTransaction): client is PipelinedTransaction {
  return typeof (client as Partial<PipelinedTransaction>).commit === "function";
}

/** [weekday, kind, start, end] rows → the engine's weekly hours. */
export function workingHoursEntries(hours: readonly [number, "WORK" | "BREAK", string, string][]): WorkingHoursEntry[] {
  return hours.map(([weekday, kind, start, end]): WorkingHoursEntry => ({ weekday, kind, start, end }));
}

/**
 * The engine's inputs from the settings, service and address rows and the qualified technicians
 * (both loaders). `not_found`: no such active service or contact, or the address has no
 * coordinates (fieldErrors.contactId says so).
 */
export function assembleInputs(
  raw: { settings: RawSettings | null; service: RawService | null; contact: RawContact | null },
  technicians: SlotTechnician[],
): Result<AvailabilityInputs, LoadAvailabilityError> {
  const { settings, service, contact } = raw;
  if (!settings || !service || !contact) return fail("not_found");
  if (contact.latitude === null || contact.longitude === null) {
    return fail("not_found", { contactId: "booking.errors.serviceAddressMissing" });
  }
  const companyTimeZone = settings.time_zone;
  const addressZone = contact.time_zone && isKnownTimeZone(contact.time_zone) ? contact.time_zone : companyTimeZone;
  return ok({
    policy: {
      minimumNoticeMinutes: settings.minimum_notice_minutes,
      bookingHorizonDays: settings.booking_horizon_days,
      slotStepMinutes: settings.slot_step_minutes,
      rescheduleCutoffMinutes: settings.reschedule_cutoff_minutes,
      cancelCutoffMinutes: settings.cancel_cutoff_minutes,
      maxReschedules: settings.max_reschedules,
    },
    companyTimeZone,
    travel: { averageSpeedKmh: settings.travel_speed_kmh, roadFactor: settings.travel_road_factor },
    service: {
      id: service.id,
      name: service.name,
      durationMinutes: service.duration_minutes,
      bufferAfterMinutes: service.buffer_after_minutes,
      skillIds: service.skill_ids,
    },
    address: { latitude: contact.latitude, longitude: contact.longitude, timeZone: addressZone },
    technicians,
  });
}

/** The load window for a range of company days: wide enough for any zone and for travel. */
export function windowForDates(fromDate: string, toDate: string): { windowFrom: Date; windowTo: Date } {
  return {
    windowFrom: new Date(Date.parse(`${fromDate}T00:00:00Z`) - WINDOW_MARGIN_MS),
    windowTo: new Date(Date.parse(`${toDate}T00:00:00Z`) + DAY_MS + WINDOW_MARGIN_MS),
  };
}

/** The load window around one instant (the day of a requested slot). */
export function windowAround(instant: Date): { windowFrom: Date; windowTo: Date } {
  return { windowFrom: new Date(instant.getTime() - WINDOW_MARGIN_MS), windowTo: new Date(instant.getTime() + WINDOW_MARGIN_MS) };
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return zonedIso(instant, timeZone).slice(0, 10);
}

/** The engine request for these inputs over a range of company days. */
export function engineRequest(
  inputs: AvailabilityInputs,
  range: { fromDate: string; toDate: string },
  options: { now: Date; audience: Audience; withoutAppointments?: boolean },
): AvailabilityRequest {
  return {
    service: {
      durationMinutes: inputs.service.durationMinutes,
      bufferAfterMinutes: inputs.service.bufferAfterMinutes,
      requiredSkillIds: inputs.service.skillIds,
    },
    location: inputs.address,
    range,
    companyTimeZone: inputs.companyTimeZone,
    technicians: options.withoutAppointments ? inputs.technicians.map((technician) => ({ ...technician, appointments: [] })) : inputs.technicians,
    settings: {
      slotStepMinutes: inputs.policy.slotStepMinutes,
      minimumNoticeMinutes: options.audience === "customer" ? inputs.policy.minimumNoticeMinutes : 0,
      bookingHorizonDays: inputs.policy.bookingHorizonDays,
      travel: inputs.travel,
    },
    now: options.now,
  };
}

/** Drops the technician ids: customers learn when, not who. */
export function publicDays(availability: Availability): AvailableDay[] {
  return availability.days.map((day) => ({
    date: day.date,
    slots: day.slots.map((slot) => ({ startsAt: slot.startsAt, endsAt: slot.endsAt })),
  }));
}

export function toAvailableSlots(inputs: AvailabilityInputs, days: AvailableDay[], viewerZone: string | null | undefined): AvailableSlots {
  return {
    serviceId: inputs.service.id,
    serviceName: inputs.service.name,
    durationMinutes: inputs.service.durationMinutes,
    timeZone: inputs.address.timeZone,
    companyTimeZone: inputs.companyTimeZone,
    viewerZone: viewerZone && isKnownTimeZone(viewerZone) ? viewerZone : null,
    days,
    policy: inputs.policy,
  };
}

/** The fresh slots of the company day of `instant`, for a `slot_taken` answer. */
export function freshSlotsOfDay(inputs: AvailabilityInputs, instant: Date, options: { now: Date; audience: Audience }): AvailableSlots {
  const date = calendarDateIn(instant, inputs.companyTimeZone);
  const availability = computeAvailability(engineRequest(inputs, { fromDate: date, toDate: date }, options));
  return toAvailableSlots(inputs, publicDays(availability), null);
}

/** Minutes → milliseconds, for callers adding durations to instants. */
export function minutesMs(minutes: number): number {
  return minutes * MINUTE_MS;
}
