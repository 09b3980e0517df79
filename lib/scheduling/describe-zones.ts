/**
 * What the UI needs to show a visit's time the right way (product.md, failure 9): in the
 * service address's zone, named, with the viewer's own time beside it when their clock reads
 * differently at that instant. Formatting words and 12/24-hour style stay with the UI's locale.
 */
import { tz, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { isKnownTimeZone } from "./zone-clock";

export interface ZoneDescriptionInput {
  instant: Date;
  /** IANA zone of the service address: the truth for an on-site visit. */
  addressZone: string;
  /** The browser's zone (Intl.DateTimeFormat().resolvedOptions().timeZone), when known. */
  viewerZone?: string | null;
}

export interface LocalReading {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:mm", 24-hour */
  time: string;
  /** "+02:00": tells the two 02:30s of an autumn night apart. */
  utcOffset: string;
}

export interface ZoneDescription {
  addressZone: string;
  addressDate: string;
  addressTime: string;
  addressUtcOffset: string;
  /** True when the viewer's clock reads another time (or date) than the address's at that instant. */
  differs: boolean;
  /** Present only when `differs`. */
  viewerZone?: string;
  viewerDate?: string;
  viewerTime?: string;
  viewerUtcOffset?: string;
}

function readClock(instant: Date, timeZone: string): LocalReading & { offsetMinutes: number } {
  const local = { in: tz(timeZone) };
  return {
    date: format(instant, "yyyy-MM-dd", local),
    time: format(instant, "HH:mm", local),
    utcOffset: format(instant, "xxx", local),
    offsetMinutes: tzOffset(timeZone, instant),
  };
}

export function describeZones({ instant, addressZone, viewerZone }: ZoneDescriptionInput): ZoneDescription {
  if (Number.isNaN(instant.getTime())) throw new RangeError("instant is not a valid date");
  if (!isKnownTimeZone(addressZone)) throw new RangeError(`Unknown time zone: ${addressZone}`);
  const address = readClock(instant, addressZone);
  const description: ZoneDescription = {
    addressZone,
    addressDate: address.date,
    addressTime: address.time,
    addressUtcOffset: address.utcOffset,
    differs: false,
  };
  // A browser may report nothing useful; the address's time alone is then the whole answer.
  if (!viewerZone || !isKnownTimeZone(viewerZone)) return description;
  const viewer = readClock(instant, viewerZone);
  if (viewer.offsetMinutes === address.offsetMinutes) return description;
  return {
    ...description,
    differs: true,
    viewerZone,
    viewerDate: viewer.date,
    viewerTime: viewer.time,
    viewerUtcOffset: viewer.utcOffset,
  };
}
