/**
 * UTC offsets of one IANA zone over a window of time, looked up once and then used with plain
 * arithmetic: wall time → instant, instant → wall time, and the constant-offset stretches the
 * slot grid is laid on.
 *
 * Why not `new TZDate(y, m, d, h, min, zone)` for every wall time: it costs ~12 µs (a month for
 * 50 technicians is thousands of them), and in the repeated hour of an autumn change its answer
 * depends on the server's own zone (`TZ=UTC` gives 02:30 CET, `TZ=Europe/Paris` gives 02:30
 * CEST) — a pure engine must not. The offsets still come from the zone database through
 * `tzOffset`, and tests/unit/scheduling/zone-clock.test.ts checks every unambiguous wall time
 * against TZDate.
 *
 * Wall times that do not exist or happen twice are resolved like RFC 5545 §3.3.5 (and
 * Temporal's "compatible"), so ICS files and slots agree: a time that happens twice means its
 * first occurrence; a time in a spring-forward gap is read with the offset before the gap
 * (Paris 02:30 on the last Sunday of March → 03:30 CEST).
 */
import { tzOffset } from "@date-fns/tz";
import { DAY_MS, MINUTE_MS } from "./calendar";

/** A stretch of time with one UTC offset: [startMs, endMs). */
export interface OffsetStretch {
  startMs: number;
  endMs: number;
  offsetMs: number;
}

export interface ZoneClock {
  readonly timeZone: string;
  /** UTC offset in ms at the instant (+3_600_000 for Paris in winter). */
  offsetAt(instantMs: number): number;
  /** The wall-clock reading at the instant, as ms since 1970-01-01T00:00 of that wall clock. */
  wallTimeAt(instantMs: number): number;
  /** The instant at which the zone's clocks show `wallTimeMs` (RFC 5545 rules above). */
  instantOfWallTime(wallTimeMs: number): number;
  /** The instant at which the calendar day `epochDay` plus `minutes` begins ("24:00" = 1440). */
  instantOfDayMinutes(epochDay: number, minutes: number): number;
  /** The constant-offset stretches that cover [fromMs, toMs), clipped to it. */
  stretchesBetween(fromMs: number, toMs: number): OffsetStretch[];
}

/** A zone changes its offset at most once within this step (true of every zone in use). */
const SAMPLE_STEP_MS = 6 * 3_600_000;

/** Answers by zone name (a bounded set: past it, names are checked again each time). */
const knownZones = new Map<string, boolean>();
const MAX_REMEMBERED_ZONE_NAMES = 1_000;

export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.length === 0) return false;
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    known = !Number.isNaN(tzOffset(timeZone, new Date(0)));
    if (knownZones.size < MAX_REMEMBERED_ZONE_NAMES) knownZones.set(timeZone, known);
  }
  return known;
}

function offsetFromZoneDatabase(timeZone: string, instantMs: number): number {
  return Math.round(tzOffset(timeZone, new Date(instantMs)) * MINUTE_MS);
}

/**
 * Reads the zone's offsets over [fromMs, toMs] (every 6 h, then a binary search for the
 * exact instant of each change). Outside that window the zone database is asked directly.
 */
export function createZoneClock(timeZone: string, fromMs: number, toMs: number): ZoneClock {
  const key = `${timeZone}|${fromMs}|${toMs}`;
  let clock = clocks.get(key);
  if (!clock) {
    clock = readZoneClock(timeZone, fromMs, toMs);
    if (clocks.size >= MAX_REMEMBERED_CLOCKS) clocks.delete(clocks.keys().next().value!);
    clocks.set(key, clock);
  }
  return clock;
}

/**
 * Clocks already read, by zone and window: a clock is a pure function of the two (the engine asks
 * for whole days, so bookings and slot requests of the same days share them), and reading one
 * costs dozens of zone-database lookups. The oldest is forgotten past this many.
 */
const MAX_REMEMBERED_CLOCKS = 512;
const clocks = new Map<string, ZoneClock>();

function readZoneClock(timeZone: string, fromMs: number, toMs: number): ZoneClock {
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${String(timeZone)}`);
  // changeMs[i] is the first instant of offsetsMs[i]; changeMs[0] is the window start.
  const changeMs: number[] = [fromMs];
  const offsetsMs: number[] = [offsetFromZoneDatabase(timeZone, fromMs)];
  for (let sampleMs = fromMs; sampleMs < toMs; ) {
    const nextMs = Math.min(sampleMs + SAMPLE_STEP_MS, toMs);
    const nextOffsetMs = offsetFromZoneDatabase(timeZone, nextMs);
    if (nextOffsetMs !== offsetsMs[offsetsMs.length - 1]) {
      let beforeMs = sampleMs;
      let afterMs = nextMs;
      while (afterMs - beforeMs > 1) {
        const middleMs = Math.floor((beforeMs + afterMs) / 2);
        if (offsetFromZoneDatabase(timeZone, middleMs) === nextOffsetMs) afterMs = middleMs;
        else beforeMs = middleMs;
      }
      changeMs.push(afterMs);
      offsetsMs.push(nextOffsetMs);
    }
    sampleMs = nextMs;
  }
  const lastIndex = changeMs.length - 1;

  const offsetAt = (instantMs: number): number => {
    if (instantMs < fromMs || instantMs > toMs) return offsetFromZoneDatabase(timeZone, instantMs);
    let index = lastIndex;
    while (index > 0 && (changeMs[index] as number) > instantMs) index--;
    return offsetsMs[index] as number;
  };

  const instantOfWallTime = (wallTimeMs: number): number => {
    // Any real change of offset is less than a day away from the wall time it affects.
    const offsetBeforeMs = offsetAt(wallTimeMs - DAY_MS);
    const offsetAfterMs = offsetAt(wallTimeMs + DAY_MS);
    const withOffsetBefore = wallTimeMs - offsetBeforeMs;
    if (offsetBeforeMs === offsetAfterMs) return withOffsetBefore;
    const withOffsetAfter = wallTimeMs - offsetAfterMs;
    const beforeExists = offsetAt(withOffsetBefore) === offsetBeforeMs;
    const afterExists = offsetAt(withOffsetAfter) === offsetAfterMs;
    if (beforeExists && afterExists) return Math.min(withOffsetBefore, withOffsetAfter); // happens twice: the first
    if (afterExists) return withOffsetAfter;
    return withOffsetBefore; // exists once with the offset before, or falls in a gap: the offset before the gap
  };

  const stretchesBetween = (startMs: number, endMs: number): OffsetStretch[] => {
    const stretches: OffsetStretch[] = [];
    if (startMs < fromMs || endMs > toMs) {
      throw new RangeError(`[${startMs}, ${endMs}) is outside the window the clock of ${timeZone} was built for`);
    }
    for (let index = 0; index <= lastIndex; index++) {
      const stretchStartMs = Math.max(startMs, changeMs[index] as number);
      const stretchEndMs = Math.min(endMs, index < lastIndex ? (changeMs[index + 1] as number) : toMs);
      if (stretchStartMs < stretchEndMs) stretches.push({ startMs: stretchStartMs, endMs: stretchEndMs, offsetMs: offsetsMs[index] as number });
    }
    return stretches;
  };

  return {
    timeZone,
    offsetAt,
    wallTimeAt: (instantMs) => instantMs + offsetAt(instantMs),
    instantOfWallTime,
    instantOfDayMinutes: (epochDay, minutes) => instantOfWallTime(epochDay * DAY_MS + minutes * MINUTE_MS),
    stretchesBetween,
  };
}
