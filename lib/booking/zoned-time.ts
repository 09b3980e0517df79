/**
 * Instants written as ISO 8601 with the offset of a named zone — "2026-10-06T09:00:00+02:00" —
 * so an API client reads the wall time at the service address straight from the string
 * (failure 9) and still has the exact instant. Isomorphic.
 *
 * Offsets are read with `tzOffset` (Intl, ~6 µs each); a month of slots has hundreds of
 * instants, so `ZonedFormatter` reads the offset at both ends of a run and reuses it for the
 * instants between when they agree (a zone changes offset at most a few times a year, never
 * twice within a day).
 */
import { tzOffset } from "@date-fns/tz";

const MINUTE_MS = 60_000;
const SPAN_MS = 36 * 60 * MINUTE_MS;

function offsetText(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}

function write(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * MINUTE_MS).toISOString(); // "2026-10-06T07:00:00.000Z" shifted
  return `${local.slice(0, 19)}${offsetText(offsetMinutes)}`;
}

/** One instant in a zone: "2026-10-06T09:00:00+02:00". */
export function zonedIso(instant: Date, timeZone: string): string {
  return write(instant.getTime(), tzOffset(timeZone, instant));
}

/** Many instants of one zone, in any order; cheap for long ascending runs. */
export class ZonedFormatter {
  private knownFromMs = Infinity;
  private knownToMs = -Infinity;
  private knownOffset = 0;

  constructor(readonly timeZone: string) {}

  private offsetAt(ms: number): number {
    if (ms >= this.knownFromMs && ms <= this.knownToMs) return this.knownOffset;
    const offset = tzOffset(this.timeZone, new Date(ms));
    const ahead = tzOffset(this.timeZone, new Date(ms + SPAN_MS));
    if (offset === ahead) {
      this.knownFromMs = ms;
      this.knownToMs = ms + SPAN_MS;
      this.knownOffset = offset;
    }
    return offset;
  }

  format(instant: Date): string {
    const ms = instant.getTime();
    return write(ms, this.offsetAt(ms));
  }
}
