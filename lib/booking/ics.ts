/**
 * The calendar attachment of every appointment email (product.md, failure 4): calendar apps
 * update the event instead of adding a second one because
 * - the UID is the appointment's, stable for its whole life;
 * - SEQUENCE grows with every change (the appointment's version − 1: 0 when booked);
 * - METHOD is REQUEST for a new or moved visit and CANCEL for a cancelled one;
 * - DTSTART/DTEND are wall times in the service address's zone (TZID) with that zone's
 *   VTIMEZONE, so the visit stays at 14:00 in Paris whatever the reader's calendar zone.
 *
 * ical-generator formats a plain Date with the *process* zone: it receives TZDates, which carry
 * their zone. VTIMEZONE blocks come from timezones-ical-library (IANA data as RRULEs).
 * No `server-only`: the reminder worker runs outside Next.js.
 */
import { TZDate } from "@date-fns/tz";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";

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

export function appointmentIcs(input: AppointmentIcsInput): string {
  const calendar = ical({
    prodId: { company: "Fieldbook", product: "Fieldbook", language: "EN" },
    method: input.method === "CANCEL" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // name null: no calendar-wide zone, one VTIMEZONE per zone the events use.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.createEvent({
    id: appointmentUid(input.appointmentId),
    sequence: icsSequence(input.version),
    stamp: input.now,
    start: new TZDate(input.startsAt.getTime(), input.timeZone),
    end: new TZDate(input.endsAt.getTime(), input.timeZone),
    timezone: input.timeZone,
    summary: input.summary,
    description: input.description,
    location: input.location,
    url: input.url,
    status: input.method === "CANCEL" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer ?? undefined,
    attendees: input.attendee
      ? [{ ...input.attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED, rsvp: false }]
      : [],
  });
  return calendar.toString();
}
