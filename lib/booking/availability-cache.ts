/**
 * The read path of availability (issue 6, performance): `getAvailableSlots`, for the portal's
 * slot picker and GET /api/portal/v1/slots, without reading the whole company for every request.
 *
 * The engine's inputs — settings, active services and their skills, every active technician's
 * profile, skills, working hours, time off and visits in a window — are kept in this process,
 * one cache per database client, and checked on every request against the change numbers of
 * `availability_versions` (prisma/migrations/…_availability_versions: triggers give a row a new
 * number in the very transaction that changes what it stands for):
 *  - nothing changed: one small statement (the numbers, and the customer's address);
 *  - some technicians' numbers moved (a booking, time off, new hours): those technicians are
 *    read again, in one statement;
 *  - the company row moved (settings, the catalogue, an address), or the request needs days
 *    outside the cached window: everything is read again.
 *
 * Why no request sees stale data: the numbers are read BEFORE the rows they stand for, so what
 * is cached is as new as its numbers or newer; a change commits its new number with itself, so
 * any request that starts after the commit sees a number the cache does not hold, and reads
 * that technician again (tests/integration/booking/availability-cache.test.ts).
 *
 * Booking and rescheduling do not use this cache: inside their transaction they must read their
 * own writes under the technician's lock (load-availability.ts `loadAvailabilityInputs`).
 */
import { poolOf, queryRows, type Db } from "@/lib/db";
import { ok, type Result } from "@/lib/result";
import { computeAvailability, type BusyPeriod, type ExistingAppointment, type SlotTechnician } from "@/lib/scheduling";
import {
  assembleInputs,
  engineRequest,
  publicDays,
  SETTINGS_JSON_SQL,
  toAvailableSlots,
  windowForDates,
  workingHoursEntries,
  type AvailabilityInputs,
  type AvailableSlots,
  type GetAvailableSlots,
  type LoadAvailabilityError,
  type RawContact,
  type RawService,
  type RawSettings,
} from "./load-availability";

const DAY_MS = 86_400_000;
/** A wider window is read again from scratch instead of grown: the cache stays a few months. */
const MAX_CACHED_WINDOW_MS = 400 * DAY_MS;
const COMPANY_SCOPE = "company";

/** One technician as cached: their visits and time off in the snapshot's window. */
interface CachedTechnician {
  technician: SlotTechnician;
  skillIds: ReadonlySet<string>;
  /** Parallel to technician.appointments: to leave out the visit being rescheduled. */
  appointmentIds: readonly string[];
}

interface Snapshot {
  /** The probe's text of every change number, "scope=number,…" sorted by scope. */
  versionsText: string;
  versions: ReadonlyMap<string, string>;
  windowFromMs: number;
  windowToMs: number;
  settings: RawSettings | null;
  services: ReadonlyMap<string, RawService>;
  /** Active technicians, sorted by id (the order the engine and booking expect). */
  technicians: readonly CachedTechnician[];
  /** When a probe last found these very numbers (performance.now()). */
  probedAt: number;
}

interface ClientCache {
  snapshot: Snapshot | null;
  /** Loads under way, by versions text and window: concurrent requests share one. */
  loading: Map<string, Promise<Snapshot>>;
}

/** Keyed by the client: each database (tests run several) has its own cache. */
const caches = new WeakMap<object, ClientCache>();

function cacheOf(db: Db): ClientCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { snapshot: null, loading: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** The change numbers, and the customer's address, in one small statement. */
const PROBE_SQL = `
SELECT COALESCE((SELECT string_agg(v.scope || '=' || v.version, ',' ORDER BY v.scope) FROM availability_versions v), '') AS versions,
       c.id IS NOT NULL AS found, c.latitude, c.longitude, c.time_zone
  FROM (SELECT 1) AS one LEFT JOIN contacts c ON c.id = $1::uuid`;

interface ProbeRow extends RawContact {
  versions: string;
  found: boolean;
}

/**
 * Active technicians ($3: all, or only these ids) with what the engine needs in [$1, $2), and
 * with $4 the settings and the active services. Times as epoch milliseconds, visits and time
 * off as parallel arrays: one JSON array per column, not one object per row.
 */
const LOAD_SQL = `
SELECT json_build_object(
  'settings', CASE WHEN $4::boolean THEN ${SETTINGS_JSON_SQL} END,
  'services', CASE WHEN $4::boolean THEN COALESCE((SELECT json_agg(json_build_object(
      'id', s.id, 'name', s.name, 'duration_minutes', s.duration_minutes, 'buffer_after_minutes', s.buffer_after_minutes,
      'skill_ids', (SELECT COALESCE(json_agg(ss.skill_id), '[]') FROM service_skills ss WHERE ss.service_id = s.id)))
    FROM services s WHERE s.active), '[]') END,
  'technicians', COALESCE((SELECT json_agg(json_build_array(
      t.id, t.time_zone, t.home_latitude, t.home_longitude,
      (SELECT COALESCE(json_agg(ts.skill_id), '[]') FROM technician_skills ts WHERE ts.technician_id = t.id),
      (SELECT COALESCE(json_agg(json_build_array(w.weekday, w.kind, w.start_time, w.end_time)), '[]')
         FROM working_hours w WHERE w.technician_id = t.id),
      (SELECT json_build_array(
                 COALESCE(array_agg((extract(epoch FROM o.starts_at) * 1000)::int8), '{}'),
                 COALESCE(array_agg((extract(epoch FROM o.ends_at) * 1000)::int8), '{}'))
         FROM time_off o WHERE o.technician_id = t.id AND o.starts_at < $2::timestamptz AND o.ends_at > $1::timestamptz),
      (SELECT json_build_array(
                 COALESCE(array_agg(a.id), '{}'),
                 COALESCE(array_agg((extract(epoch FROM a.starts_at) * 1000)::int8), '{}'),
                 COALESCE(array_agg((extract(epoch FROM a.ends_at) * 1000)::int8), '{}'),
                 COALESCE(array_agg(c.latitude), '{}'), COALESCE(array_agg(c.longitude), '{}'),
                 COALESCE(array_agg(s.buffer_after_minutes), '{}'))
         FROM appointments a
         JOIN contacts c ON c.id = a.contact_id
         JOIN services s ON s.id = a.service_id
        WHERE a.technician_id = t.id AND a.status <> 'CANCELLED'
          AND a.starts_at < $2::timestamptz AND a.ends_at > $1::timestamptz)
    ) ORDER BY t.id) FROM technicians t WHERE t.active AND ($3::uuid[] IS NULL OR t.id = ANY($3::uuid[]))), '[]')
)::text AS payload`;

type RawTechnician = [
  id: string,
  timeZone: string,
  homeLatitude: number,
  homeLongitude: number,
  skillIds: string[],
  hours: [number, "WORK" | "BREAK", string, string][],
  timeOff: [startsAtMs: number[], endsAtMs: number[]],
  appointments: [ids: string[], startsAtMs: number[], endsAtMs: number[], latitude: (number | null)[], longitude: (number | null)[], bufferMinutes: number[]],
];

interface RawLoad {
  settings: RawSettings | null;
  services: RawService[] | null;
  technicians: RawTechnician[];
}

function cachedTechnician([id, timeZone, homeLatitude, homeLongitude, skillIds, hours, timeOff, appointments]: RawTechnician): CachedTechnician {
  const homeBase = { latitude: homeLatitude, longitude: homeLongitude };
  const [ids, startsAtMs, endsAtMs, latitudes, longitudes, buffers] = appointments;
  return {
    skillIds: new Set(skillIds),
    appointmentIds: ids,
    technician: {
      id,
      timeZone,
      homeBase,
      skillIds,
      workingHours: workingHoursEntries(hours),
      timeOff: timeOff[0].map((from, index): BusyPeriod => ({ startsAt: new Date(from), endsAt: new Date(timeOff[1][index]!) })),
      appointments: startsAtMs.map((from, index): ExistingAppointment => {
        const latitude = latitudes[index];
        const longitude = longitudes[index];
        return {
          startsAt: new Date(from),
          endsAt: new Date(endsAtMs[index]!),
          // An address without coordinates: assume the trip of a visit from home base.
          location: latitude == null || longitude == null ? homeBase : { latitude, longitude },
          bufferAfterMinutes: buffers[index] ?? 0,
        };
      }),
    },
  };
}

function parseVersions(text: string): Map<string, string> {
  const versions = new Map<string, string>();
  if (text === "") return versions;
  for (const entry of text.split(",")) {
    const at = entry.lastIndexOf("=");
    versions.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return versions;
}

/** Technicians whose number differs between two readings (new, changed or gone). */
function changedTechnicians(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  for (const [scope, version] of after) if (scope !== COMPANY_SCOPE && before.get(scope) !== version) changed.push(scope);
  for (const scope of before.keys()) if (scope !== COMPANY_SCOPE && !after.has(scope)) changed.push(scope);
  return changed;
}

async function load(db: Db, window: { fromMs: number; toMs: number }, options: { withCompany: boolean; technicianIds: string[] | null }): Promise<RawLoad> {
  // Through Prisma's pool, planned for its parameters each time: the hot-path pool's generic plan of this statement is slow (lib/db/sql.ts).
  const rows = await db.$queryRawUnsafe<{ payload: string }[]>(LOAD_SQL, new Date(window.fromMs), new Date(window.toMs), options.technicianIds, options.withCompany);
  return JSON.parse(rows[0]!.payload) as RawLoad;
}

/** Everything, in one statement. */
async function loadEverything(db: Db, versionsText: string, window: { fromMs: number; toMs: number }, probedAt: number): Promise<Snapshot> {
  const raw = await load(db, window, { withCompany: true, technicianIds: null });
  return {
    probedAt,
    versionsText,
    versions: parseVersions(versionsText),
    windowFromMs: window.fromMs,
    windowToMs: window.toMs,
    settings: raw.settings,
    services: new Map((raw.services ?? []).map((service) => [service.id, service])),
    technicians: raw.technicians.map(cachedTechnician),
  };
}

/** The previous snapshot with the technicians whose numbers moved read again. */
async function loadChanged(
  db: Db,
  previous: Snapshot,
  probe: { versionsText: string; versions: Map<string, string>; probedAt: number },
  changed: string[],
): Promise<Snapshot> {
  const window = { fromMs: previous.windowFromMs, toMs: previous.windowToMs };
  // Scopes are technician ids, written by the triggers: skip anything else rather than fail the cast.
  const ids = changed.filter((scope) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(scope));
  const raw = ids.length > 0 ? await load(db, window, { withCompany: false, technicianIds: ids }) : { technicians: [] };
  const reloaded = new Set(changed);
  const technicians = [...previous.technicians.filter((entry) => !reloaded.has(entry.technician.id)), ...raw.technicians.map(cachedTechnician)];
  technicians.sort((a, b) => (a.technician.id < b.technician.id ? -1 : a.technician.id > b.technician.id ? 1 : 0));
  const { versionsText, versions, probedAt } = probe;
  return { ...previous, versionsText, versions, technicians, probedAt };
}

/** The cached snapshot when its numbers are the probe's and it covers the window; else a fresh one. */
function covers(snapshot: Snapshot, window: { fromMs: number; toMs: number }): boolean {
  return snapshot.windowFromMs <= window.fromMs && snapshot.windowToMs >= window.toMs;
}

async function freshSnapshot(db: Db, versionsText: string, window: { fromMs: number; toMs: number }, probedAt: number): Promise<Snapshot> {
  const cache = cacheOf(db);
  const current = cache.snapshot;
  if (current && current.versionsText === versionsText && covers(current, window)) {
    current.probedAt = Math.max(current.probedAt, probedAt);
    return current;
  }

  const key = `${versionsText}|${window.fromMs}|${window.toMs}`;
  let loading = cache.loading.get(key);
  if (!loading) {
    loading = (async () => {
      const versions = parseVersions(versionsText);
      const sameCompany = current !== null && current.versions.get(COMPANY_SCOPE) === versions.get(COMPANY_SCOPE);
      const snapshot =
        current && sameCompany && covers(current, window)
          ? await loadChanged(db, current, { versionsText, versions, probedAt }, changedTechnicians(current.versions, versions))
          : await loadEverything(db, versionsText, grownWindow(current, window), probedAt);
      cache.snapshot = snapshot;
      return snapshot;
    })().finally(() => cache.loading.delete(key));
    cache.loading.set(key, loading);
  }
  return loading;
}

/** The cached window grown to cover this one, or just this one when that would be too wide. */
function grownWindow(current: Snapshot | null, window: { fromMs: number; toMs: number }): { fromMs: number; toMs: number } {
  if (!current) return window;
  const grown = { fromMs: Math.min(current.windowFromMs, window.fromMs), toMs: Math.max(current.windowToMs, window.toMs) };
  return grown.toMs - grown.fromMs <= MAX_CACHED_WINDOW_MS ? grown : window;
}

function overlaps(period: BusyPeriod, fromMs: number, toMs: number): boolean {
  return period.startsAt.getTime() < toMs && period.endsAt.getTime() > fromMs;
}

/** A cached technician's inputs for [fromMs, toMs), without the visit being rescheduled. */
function technicianInWindow(entry: CachedTechnician, snapshot: Snapshot, fromMs: number, toMs: number, excludeAppointmentId: string | undefined): SlotTechnician {
  const { technician } = entry;
  const whole = snapshot.windowFromMs === fromMs && snapshot.windowToMs === toMs;
  const excluded = excludeAppointmentId === undefined ? -1 : entry.appointmentIds.indexOf(excludeAppointmentId);
  if (whole && excluded < 0) return technician;
  return {
    ...technician,
    timeOff: whole ? technician.timeOff : technician.timeOff.filter((period) => overlaps(period, fromMs, toMs)),
    appointments: technician.appointments.filter((appointment, index) => index !== excluded && (whole || overlaps(appointment, fromMs, toMs))),
  };
}

/**
 * The engine's inputs for a service at a contact's address over [windowFrom, windowTo), as
 * `loadAvailabilityInputs` reads them, from the cache: fresh as of this call's probe (see above).
 *
 * `maxAgeMs`: a snapshot that a probe confirmed at most this long ago is used even when the
 * numbers have moved since (the address is still read). Only for a first choice that is checked
 * again on committed data: booking proposes technicians from it, at most one reload a second
 * under load instead of one per booking, and its transaction decides (book-appointment.ts).
 */
export async function cachedAvailabilityInputs(
  db: Db,
  query: { serviceId: string; contactId: string; windowFrom: Date; windowTo: Date; excludeAppointmentId?: string },
  options: { maxAgeMs?: number } = {},
): Promise<Result<AvailabilityInputs, LoadAvailabilityError>> {
  const fromMs = query.windowFrom.getTime();
  const toMs = query.windowTo.getTime();
  const window = { fromMs, toMs };
  const probedAt = performance.now();
  const [contact] = await queryRows<ProbeRow>(poolOf(db), PROBE_SQL, [query.contactId]);
  const recent = cacheOf(db).snapshot;
  const snapshot =
    options.maxAgeMs !== undefined && recent && covers(recent, window) && probedAt - recent.probedAt <= options.maxAgeMs
      ? recent
      : await freshSnapshot(db, contact!.versions, window, probedAt);
  const service = snapshot.services.get(query.serviceId) ?? null;
  const technicians = service
    ? snapshot.technicians
        .filter((entry) => service.skill_ids.every((skillId) => entry.skillIds.has(skillId)))
        .map((entry) => technicianInWindow(entry, snapshot, fromMs, toMs, query.excludeAppointmentId))
    : [];
  return assembleInputs({ settings: snapshot.settings, service, contact: contact!.found ? contact! : null }, technicians);
}

/** Each day's free slots for a service at a contact's address (the cached inputs, then the engine). */
export async function getAvailableSlots(db: Db, query: GetAvailableSlots): Promise<Result<AvailableSlots, LoadAvailabilityError>> {
  const loaded = await cachedAvailabilityInputs(db, {
    serviceId: query.serviceId,
    contactId: query.contactId,
    ...windowForDates(query.fromDate, query.toDate),
    excludeAppointmentId: query.excludeAppointmentId,
  });
  if (!loaded.ok) return loaded;
  const availability = computeAvailability(
    engineRequest(loaded.value, { fromDate: query.fromDate, toDate: query.toDate }, { now: query.now, audience: query.audience ?? "customer" }),
  );
  return ok(toAvailableSlots(loaded.value, publicDays(availability), query.viewerZone));
}
