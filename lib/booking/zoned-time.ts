/**
 * Instants written as ISO 8601 with the offset of a named zone — "2026-10-06T09:00:00+02:00" —
 * so an API client reads the wall time at the service address straight from the string
 * (failure 9) and still has the exact instant. Isomorphic.
 *
 * Offsets are read with `tzOffset` (Intl, ~6 µs each); a month of slots has about a thousand
 * instants to write (start, end and two deadlines each), so `ZonedFormatter` reads the offset
 * on a grid of 36-hour steps and reuses it for every instant between two grid points that
 * agree (a zone changes offset at most a few times a year, never twice within 36 hours); where
 * they differ it finds the change's instant once. About one lookup per 36 hours of the range,
 * in whatever order the instants come.
 */
import { tzOffset } from "@date-fns/tz";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const SPAN_MS = 36 * 60 * MINUTE_MS;
const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, "0"));

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

/** The offset before and after the one change inside a grid step, and when it happens. */
interface GridStep {
  offset: number;
  /** When the offset changes inside the step: the first millisecond of `offsetAfter`. */
  changeMs: number;
  offsetAfter: number;
}

/** Many instants of one zone, in any order. */
export class ZonedFormatter {
  private anchorMs: number | null = null;
  private readonly gridOffsets = new Map<number, number>();
  private readonly steps = new Map<number, GridStep>();
  private readonly dateParts = new Map<number, string>();
  private readonly offsetTexts = new Map<number, string>();

  constructor(readonly timeZone: string) {}

  private offsetOf(ms: number): number {
    return tzOffset(this.timeZone, new Date(ms));
  }

  private gridOffset(anchorMs: number, index: number): number {
    let offset = this.gridOffsets.get(index);
    if (offset === undefined) {
      offset = this.offsetOf(anchorMs + index * SPAN_MS);
      this.gridOffsets.set(index, offset);
    }
    return offset;
  }

  private step(anchorMs: number, index: number): GridStep {
    let step = this.steps.get(index);
    if (!step) {
      const fromMs = anchorMs + index * SPAN_MS;
      const offset = this.gridOffset(anchorMs, index);
      const offsetAfter = this.gridOffset(anchorMs, index + 1);
      let changeMs = fromMs + SPAN_MS;
      if (offset !== offsetAfter) {
        // Bisect to the millisecond: `low` keeps the old offset, `changeMs` has the new one.
        let low = fromMs;
        while (changeMs - low > 1) {
          const middle = Math.floor((low + changeMs) / 2);
          if (this.offsetOf(middle) === offset) low = middle;
          else changeMs = middle;
        }
      }
      step = { offset, changeMs, offsetAfter };
      this.steps.set(index, step);
    }
    return step;
  }

  private offsetAt(ms: number): number {
    this.anchorMs ??= ms;
    const step = this.step(this.anchorMs, Math.floor((ms - this.anchorMs) / SPAN_MS));
    return ms < step.changeMs ? step.offset : step.offsetAfter;
  }

  /**
   * What `write` gives, without a Date and an ISO string per instant: the date part once per
   * local day, the time of day from arithmetic.
   */
  format(instant: Date): string {
    const ms = instant.getTime();
    const offset = this.offsetAt(ms);
    const localMs = Math.trunc(ms + offset * MINUTE_MS); // as Date would hold it
    const day = Math.floor(localMs / DAY_MS);
    let datePart = this.dateParts.get(day);
    if (datePart === undefined) {
      const iso = new Date(day * DAY_MS).toISOString(); // "2026-10-06T00:00:00.000Z", or "+010000-…" far out
      datePart = iso.slice(0, iso.indexOf("T") + 1);
      this.dateParts.set(day, datePart);
    }
    let offsetPart = this.offsetTexts.get(offset);
    if (offsetPart === undefined) {
      offsetPart = offsetText(offset);
      this.offsetTexts.set(offset, offsetPart);
    }
    const second = Math.floor((localMs - day * DAY_MS) / 1000);
    return `${datePart}${TWO_DIGITS[Math.floor(second / 3600)]}:${TWO_DIGITS[Math.floor(second / 60) % 60]}:${TWO_DIGITS[second % 60]}${offsetPart}`;
  }
}
