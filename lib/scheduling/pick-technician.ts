/**
 * Which technician gets a booked slot: spread the work — the free, qualified technician with
 * the fewest appointments that day; ties go to the smallest id, so the choice is repeatable.
 */
import { type Slot } from "./types";

/**
 * @param slot a slot from `computeAvailability`: its technicianIds are the free, qualified ones.
 * @param candidateTechnicianIds the technicians the booking may use (e.g. all active ones);
 *   only those also listed on the slot are considered.
 * @param appointmentsCountByTechnicianOnDay appointments each technician already has on the
 *   slot's day; a technician missing from it has none.
 * @returns the chosen id, or null when no candidate is free for the slot.
 */
export function pickTechnician(
  slot: Pick<Slot, "technicianIds">,
  candidateTechnicianIds: readonly string[],
  appointmentsCountByTechnicianOnDay: ReadonlyMap<string, number>,
): string | null {
  const candidates = new Set(candidateTechnicianIds);
  let chosen: string | null = null;
  let chosenCount = Infinity;
  for (const technicianId of slot.technicianIds) {
    if (!candidates.has(technicianId)) continue;
    const count = appointmentsCountByTechnicianOnDay.get(technicianId) ?? 0;
    if (count < chosenCount || (count === chosenCount && chosen !== null && technicianId < chosen)) {
      chosen = technicianId;
      chosenCount = count;
    }
  }
  return chosen;
}
