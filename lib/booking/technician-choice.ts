/**
 * Race-free technician choice (issue 6 §4), shared by book and reschedule:
 *  1. the slot engine, on fresh data for the requested day, lists the qualified free
 *     technicians; they are tried fewest-appointments-that-day first (pickTechnician's rule);
 *  2. each try is one transaction that takes the technician's advisory lock, checks again on
 *     what is committed now (travel and buffers included, which the constraint cannot see),
 *     and writes; the exclusion constraint stays the final judge — a 23P01 moves on to the
 *     next technician;
 *  3. when none is left the answer is `slot_taken` with the day's fresh slots.
 */
import { TZDate } from "@date-fns/tz";
import type { Tx } from "@/lib/db";
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
 * Candidates in the order they are tried: `preferred` first when free (a reschedule keeps its
 * technician), then fewest appointments on that company day, ties to the smallest id.
 */
export function orderCandidates(inputs: AvailabilityInputs, technicianIds: readonly string[], startsAt: Date, preferred?: string): string[] {
  // The company day as instants, [from, to): comparing instants, not formatting each visit's date.
  const [year, month, day] = calendarDateIn(startsAt, inputs.companyTimeZone).split("-").map(Number) as [number, number, number];
  const fromMs = new TZDate(year, month - 1, day, inputs.companyTimeZone).getTime();
  const toMs = new TZDate(year, month - 1, day + 1, inputs.companyTimeZone).getTime();
  const load = new Map<string, number>();
  for (const technician of inputs.technicians) {
    let visits = 0;
    for (const appointment of technician.appointments) {
      const at = appointment.startsAt.getTime();
      if (at >= fromMs && at < toMs) visits += 1;
    }
    load.set(technician.id, visits);
  }
  const ordered = [...technicianIds].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
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
  tx: Tx,
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
