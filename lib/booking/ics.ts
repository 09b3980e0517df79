/**
 * The calendar attachment of every appointment email (product.md, failure 4): calendar apps
 * update the event instead of adding a second one because
 * - the UID is the appointment's, stable for its whole life;
 * - SEQUENCE grows with every change (the appointment's version − 1: 0 when booked);
 * - METHOD is REQUEST for a new or moved visit and CANCEL for a cancelled one;
 * - DTSTART/DTEND are wall times in the service address's zone (TZID) with that zone's
 *   VTIMEZONE, so the visit stays at 14:00 in Paris whatever the reader's calendar zone.
 *
 * Written here, line by line (RFC 5545 §3.1: CRLF endings, lines folded at 75 octets without
 * splitting a character, TEXT values escaped): ical-generator spent ~0.5 ms per file, most of
 * it encoding each character of each line to count its octets (bench:booking). VTIMEZONE blocks
 * come from timezones-ical-library (IANA data as RRULEs). Parsed back by ical.js in the tests.
 * No `server-only`: the reminder worker runs outside Next.js.
 */
import { tzlib_get_ical_block } from "timezones-ical-library";
import { zonedIso } from "./zoned-time";

export type IcsMethod = "REQUEST" | "CANCEL";

export interface AppointmentIcsInput {
  method: IcsMethod;
  appointmentId: string;
  /** Appointment.version after the change the email reports. */
  version: number;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone of the service address. */
  timeZone: string;
  summary: string;
  description: string;
  location: string | null;
  /** The appointment's page on the portal. */
  url: string | null;
  organizer: { name: string; email: string } | null;
  attendee: { name: string; email: string } | null;
  /** DTSTAMP: when this version of the event was written. */
  now: Date;
}

/** The UID of an appointment's event, the same in every email about it. */
export function appointmentUid(appointmentId: string): string {
  return `appointment-${appointmentId}@fieldbook`;
}

/** SEQUENCE of the event for an appointment version (RFC 5545 §3.8.7.4: starts at 0). */
export function icsSequence(version: number): number {
  return Math.max(0, version - 1);
}

/** VTIMEZONE blocks by zone: the library rebuilds the block on every call. */
const vtimezones = new Map<string, string | null>();

function vtimezone(zone: string): string | null {
  let text = vtimezones.get(zone);
  if (text === undefined) {
    const block = tzlib_get_ical_block(zone);
    const first: unknown = Array.isArray(block) ? block[0] : null;
    text = typeof first === "string" && first.startsWith("BEGIN:VTIMEZONE") ? first : null;
    vtimezones.set(zone, text);
  }
  return text;
}

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n|\r/g, "\\n");
}

/** A quoted parameter value (CN="…"): it cannot hold a double quote or a control character. */
function quoted(value: string): string {
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, "")}"`;
}

/** 20261006T090000: the wall time in `timeZone`. */
function wallTime(instant: Date, timeZone: string): string {
  const iso = zonedIso(instant, timeZone); // 2026-10-06T09:00:00+02:00
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/** 20260930T070000Z: UTC, whole seconds. */
function utcTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

const MAX_LINE_OCTETS = 75;

/** Octets of one UTF-16 code unit in UTF-8, counting a surrogate pair's 4 on its high half. */
function octets(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  return 3;
}

/** A content line folded at 75 octets: the next part starts with one space (which counts). */
export function foldLine(line: string): string {
  let size = 0;
  for (let index = 0; index < line.length; index += 1) size += octets(line.charCodeAt(index));
  if (size <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let start = 0;
  let used = 0;
  for (let index = 0; index < line.length; index += 1) {
    const width = octets(line.charCodeAt(index));
    if (used + width > MAX_LINE_OCTETS) {
      parts.push(line.slice(start, index));
      start = index;
      used = 1; // the leading space of the continuation
    }
    used += width;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

export function appointmentIcs(input: AppointmentIcsInput): string {
  const cancel = input.method === "CANCEL";
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fieldbook//Fieldbook//EN", `METHOD:${input.method}`];
  const zone = vtimezone(input.timeZone);
  if (zone) lines.push(zone.trim());
  lines.push(
    "BEGIN:VEVENT",
    `UID:${appointmentUid(input.appointmentId)}`,
    `SEQUENCE:${icsSequence(input.version)}`,
    `DTSTAMP:${utcTime(input.now)}`,
    // Without a VTIMEZONE for the zone (an unknown name), UTC times are the safe fallback.
    zone ? `DTSTART;TZID=${input.timeZone}:${wallTime(input.startsAt, input.timeZone)}` : `DTSTART:${utcTime(input.startsAt)}`,
    zone ? `DTEND;TZID=${input.timeZone}:${wallTime(input.endsAt, input.timeZone)}` : `DTEND:${utcTime(input.endsAt)}`,
    `SUMMARY:${text(input.summary)}`,
  );
  if (input.location) lines.push(`LOCATION:${text(input.location)}`);
  lines.push(`DESCRIPTION:${text(input.description)}`);
  if (input.organizer) lines.push(`ORGANIZER;CN=${quoted(input.organizer.name)}:mailto:${input.organizer.email}`);
  if (input.attendee) {
    lines.push(`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=${quoted(input.attendee.name)}:mailto:${input.attendee.email}`);
  }
  if (input.url) lines.push(`URL;VALUE=URI:${input.url}`);
  lines.push(`STATUS:${cancel ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT", "END:VCALENDAR");
  // The VTIMEZONE block is several lines already (library output, short lines).
  return `${lines.map((line) => (line.includes("\n") ? line.replace(/\r?\n/g, "\r\n") : foldLine(line))).join("\r\n")}\r\n`;
}
