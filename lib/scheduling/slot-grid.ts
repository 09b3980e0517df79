/**
 * Candidate slot starts: every instant of a company day whose wall-clock time in the company
 * zone is a multiple of the step counted from local midnight (step 30 → 08:00, 08:30, …).
 * Working on instants keeps DST days right: in the spring-forward gap no wall time exists, so
 * no candidate; in the autumn's repeated hour each wall time happens twice, at two instants,
 * and each instant is a candidate once.
 */
import { DAY_MS, MINUTE_MS } from "./calendar";
import { type ZoneClock } from "./zone-clock";

function positiveModulo(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

/** Grid instants of local day `epochDay` that lie in [fromMs, toMs), ascending. */
export function slotGridOfDay(clock: ZoneClock, epochDay: number, stepMinutes: number, fromMs: number, toMs: number): number[] {
  const startsMs: number[] = [];
  const lowMs = Math.max(clock.instantOfDayMinutes(epochDay, 0), fromMs);
  const highMs = Math.min(clock.instantOfDayMinutes(epochDay + 1, 0), toMs);
  if (lowMs >= highMs) return startsMs;
  const stepMs = stepMinutes * MINUTE_MS;
  const midnightWallMs = epochDay * DAY_MS;
  for (const stretch of clock.stretchesBetween(lowMs, highMs)) {
    // Wall time since local midnight = instant + offset − midnight; keep the multiples of the step.
    const behindMs = positiveModulo(stretch.startMs + stretch.offsetMs - midnightWallMs, stepMs);
    for (let startMs = behindMs === 0 ? stretch.startMs : stretch.startMs + stepMs - behindMs; startMs < stretch.endMs; startMs += stepMs) {
      if (Math.floor((startMs + stretch.offsetMs) / DAY_MS) === epochDay) startsMs.push(startMs);
    }
  }
  return startsMs;
}
