/**
 * Race-free technician choice (issue 6 §4), shared by book and reschedule:
 *  1. the slot engine, on fresh data for the requested day, lists the qualified free
 *     technicians; they are tried fewest-appointments-that-day first (pickTechnician's rule),
 *     ties spread per request (a hash of its key and the slot) so that concurrent bookings of
 *     one day do not all queue on the same technician's lock;
 *  2. each try is one transaction that takes the technician's advisory lock, checks again on
 *     what is committed now (travel and buffers included, which the constraint cannot see),
 *     and writes; the exclusion constraint stays the final judge — a 23P01 moves on to the
 *     next technician;
 *  3. when none is left the answer is `slot_taken` with the day's fresh slots.
 */
import { TZDate } from "@date-fns/tz";
import type { PipelinedTransaction, Tx } from "@/lib/db";
import { computeAvailability } from "@/lib/scheduling";
import {
  calendarDateIn,
  engineRequest,
  freshSlotsOfDay,
  loadAvailabilityInputs,
  windowAround,
  type AvailabilityInputs,
  type AvailableSlots,
  type Audience,
} from "./load-availability";

export type SlotLookup =
  | { kind: "slot"; technicianIds: string[] }
  /** The time is bookable in principle, but every qualified technician is busy. */
  | { kind: "taken" }
  /** Not a slot at all: off the grid, outside the window or outside everyone's hours. */
  | { kind: "outside" };

function techniciansAt(inputs: AvailabilityInputs, startsAt: Date, options: { now: Date; audience: Audience; withoutAppointments?: boolean }): string[] | null {
  const date = calendarDateIn(startsAt, inputs.companyTimeZone);
  const availability = computeAvailability(engineRequest(inputs, { fromDate: date, toDate: date }, options));
  const slot = availability.days[0]?.slots.find((candidate) => candidate.startsAt.getTime() === startsAt.getTime());
  return slot ? slot.technicianIds : null;
}

export function lookUpSlot(inputs: AvailabilityInputs, startsAt: Date, options: { now: Date; audience: Audience }): SlotLookup {
  const technicianIds = techniciansAt(inputs, startsAt, options);
  if (technicianIds) return { kind: "slot", technicianIds };
  // Would it be a slot on an empty calendar? Then someone else has it.
  return techniciansAt(inputs, startsAt, { ...options, withoutAppointments: true }) ? { kind: "taken" } : { kind: "outside" };
}

/**
 * Where a tie between equally loaded technicians falls for one request: a 32-bit FNV-1a hash
 * of the request's key and the technician's id, finalised (rendezvous hashing). Concurrent bookings with
 * different keys spread over the tied technicians instead of queueing on one technician's lock;
 * the same key (a retried request) ranks them the same way every time.
 */
function tieRank(key: string, technicianId: string): number {
  let hash = 0x811c9dc5;
  const text = `${key}\u0000${technicianId}`;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  // MurmurHash3's finaliser: ids that differ in their last characters must differ in the high bits too.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export interface CandidateOrder {
  /** Tried first when free: a reschedule keeps its technician. */
  preferred?: string;
  /**
   * What breaks ties among the technicians with the fewest visits that day, e.g. the stored
   * idempotency key and the slot: differs per request, stable for a retry. Without it, ties go
   * to the smallest id.
   */
  tieBreakKey?: string;
}

/**
 * Candidates in the order they are tried: `preferred` first when free, then fewest
 * appointments on that company day; ties by `tieBreakKey` (tieRank), else by the smallest id.
 */
/** The company day of an instant as instants, [fromMs, toMs): 23 or 25 hours on DST days. */
export function companyDayOf(instant: Date, companyTimeZone: string): { fromMs: number; toMs: number } {
  const date = calendarDateIn(instant, companyTimeZone);
  const key = `${companyTimeZone}|${date}`;
  let day = companyDays.get(key);
  if (!day) {
    const [year, month, dayOfMonth] = date.split("-").map(Number) as [number, number, number];
    day = { fromMs: new TZDate(year, month - 1, dayOfMonth, companyTimeZone).getTime(), toMs: new TZDate(year, month - 1, dayOfMonth + 1, companyTimeZone).getTime() };
    if (companyDays.size >= MAX_REMEMBERED_DAYS) companyDays.delete(companyDays.keys().next().value!);
    companyDays.set(key, day);
  }
  return day;
}

/** Company days already turned into instants (two zone lookups each), the oldest forgotten first. */
const companyDays = new Map<string, { fromMs: number; toMs: number }>();
const MAX_REMEMBERED_DAYS = 1_000;

export function orderCandidates(inputs: AvailabilityInputs, technicianIds: readonly string[], startsAt: Date, order: CandidateOrder = {}): string[] {
  // Comparing instants, not formatting each visit's date.
  const { fromMs, toMs } = companyDayOf(startsAt, inputs.companyTimeZone);
  const load = new Map<string, number>();
  for (const technician of inputs.technicians) {
    let visits = 0;
    for (const appointment of technician.appointments) {
      const at = appointment.startsAt.getTime();
      if (at >= fromMs && at < toMs) visits += 1;
    }
    load.set(technician.id, visits);
  }
  const { preferred, tieBreakKey } = order;
  const rank = new Map<string, number>();
  if (tieBreakKey !== undefined) for (const id of technicianIds) rank.set(id, tieRank(tieBreakKey, id));
  const ordered = [...technicianIds].sort(
    (a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  if (preferred && ordered.includes(preferred)) return [preferred, ...ordered.filter((id) => id !== preferred)];
  return ordered;
}

/**
 * Serialises writers of one technician's calendar until the transaction ends, so the re-check
 * that follows sees every earlier booking of theirs.
 */
export async function lockTechnician(tx: Tx, technicianId: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT ${technicianLockSql("$1")}`, technicianId);
}

/** The same lock as an SQL expression on a parameter holding the technician's id. */
export function technicianLockSql(parameter: string): string {
  return `pg_advisory_xact_lock(hashtextextended('fieldbook.technician:' || ${parameter}::text, 0))`;
}

/** Inside the locked transaction: is this technician still free for the visit? */
export async function technicianStillFree(
  tx: Tx | PipelinedTransaction,
  query: { serviceId: string; contactId: string; technicianId: string; startsAt: Date; now: Date; audience: Audience; excludeAppointmentId?: string },
): Promise<boolean> {
  const loaded = await loadAvailabilityInputs(tx, {
    serviceId: query.serviceId,
    contactId: query.contactId,
    ...windowAround(query.startsAt),
    technicianIds: [query.technicianId],
    excludeAppointmentId: query.excludeAppointmentId,
  });
  if (!loaded.ok) return false;
  return techniciansAt(loaded.value, query.startsAt, query)?.includes(query.technicianId) ?? false;
}

/** What `slot_taken` carries: the day's slots as they are now. */
export interface SlotTaken {
  ok: false;
  code: "slot_taken";
  freshSlots: AvailableSlots;
}

export function slotTaken(inputs: AvailabilityInputs, startsAt: Date, options: { now: Date; audience: Audience }): SlotTaken {
  return { ok: false, code: "slot_taken", freshSlots: freshSlotsOfDay(inputs, startsAt, options) };
}
