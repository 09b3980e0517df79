import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { appointmentIcs, appointmentUid, foldLine, icsSequence } from "@/lib/booking/ics";
import { AvailableSlotsQuery, BookAppointmentInput, CancelAppointmentInput } from "@/lib/booking/schemas";
import { ZonedFormatter, zonedIso } from "@/lib/booking/zoned-time";

const base = {
  appointmentId: "5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
  startsAt: new Date("2026-10-25T08:30:00Z"), // the autumn change in Paris was at 01:00Z: 09:30 CET
  endsAt: new Date("2026-10-25T09:30:00Z"),
  timeZone: "Europe/Paris",
  summary: "Heat pump annual maintenance — Brightwater Services",
  description: "A-1042",
  location: "12 Rue des Lilas, 75011 Paris",
  url: "https://portal.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
  organizer: { name: "Brightwater Services", email: "bookings@brightwater.test" },
  attendee: { name: "Claire Martin", email: "claire@example.com" },
  now: new Date("2026-10-01T10:00:00Z"),
};

describe("appointment ICS", () => {
  it("writes wall times with TZID and a VTIMEZONE, whatever the process zone", () => {
    const text = appointmentIcs({ ...base, method: "REQUEST", version: 3 });
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20261025T093000");
    expect(text).toContain("DTSTAMP:20261001T100000Z");
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe(appointmentUid(base.appointmentId));
    expect(event.sequence).toBe(2);
    const start = event.startDate;
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe(base.startsAt.toISOString());
  });

  it("cancels the same event with the next sequence", () => {
    const text = appointmentIcs({ ...base, method: "CANCEL", version: 4 });
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.getFirstPropertyValue("uid")).toBe(appointmentUid(base.appointmentId));
    expect(event.getFirstPropertyValue("sequence")).toBe(icsSequence(4));
  });
});

describe("ICS text", () => {
  const physicalLines = (text: string) => text.split("\r\n");

  it("ends every line with CRLF and folds none longer than 75 octets", () => {
    const text = appointmentIcs({ ...base, method: "REQUEST", version: 1, summary: "Entretien annuel de la pompe à chaleur — ".repeat(4), description: "€".repeat(90) });
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(text)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("never splits a character when folding", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (value) => {
        const folded = foldLine(`SUMMARY:${value}`);
        for (const line of folded.split("\r\n")) {
          expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
          expect(line).not.toMatch(/[\ud800-\udbff]$/);
        }
        expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${value}`);
      }),
    );
  });

  it("reads back the exact summary, description, location and names, whatever they hold", () => {
    const printable = fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }).filter((value) => !/[\u0000-\u001f\u007f]/.test(value));
    fc.assert(
      fc.property(printable, fc.string({ unit: "grapheme", maxLength: 160 }), printable, (summary, description, name) => {
        const text = appointmentIcs({ ...base, method: "REQUEST", version: 1, summary, description, location: summary, attendee: { name, email: "claire@example.com" } });
        const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
        expect(event.getFirstPropertyValue("summary")).toBe(summary);
        expect(event.getFirstPropertyValue("description")).toBe(description.replace(/\r\n|\r/g, "\n"));
        expect(event.getFirstPropertyValue("location")).toBe(summary);
        expect(event.getFirstProperty("attendee")!.getParameter("cn")).toBe(name.replace(/"/g, ""));
      }),
      { numRuns: 200 },
    );
  });

  it("falls back to UTC times for a zone it has no VTIMEZONE for", () => {
    const text = appointmentIcs({ ...base, method: "REQUEST", version: 1, timeZone: "Mars/Olympus_Mons" });
    expect(text).not.toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("DTSTART:20261025T083000Z");
  });
});

describe("zoned ISO times", () => {
  it("writes the address's offset, across the DST change", () => {
    expect(zonedIso(new Date("2026-10-24T07:00:00Z"), "Europe/Paris")).toBe("2026-10-24T09:00:00+02:00");
    expect(zonedIso(new Date("2026-10-26T08:00:00Z"), "Europe/Paris")).toBe("2026-10-26T09:00:00+01:00");
    expect(zonedIso(new Date("2026-10-24T07:00:00Z"), "Asia/Kolkata")).toBe("2026-10-24T12:30:00+05:30");
    const formatter = new ZonedFormatter("Europe/Paris");
    const hours = Array.from({ length: 72 }, (_, index) => new Date(Date.parse("2026-10-24T00:00:00Z") + index * 3_600_000));
    expect(hours.map((hour) => formatter.format(hour))).toEqual(hours.map((hour) => zonedIso(hour, "Europe/Paris")));
  });
});

describe("booking schemas", () => {
  it("wants instants with an offset, a uuid key and a 3–500 character reason", () => {
    const ok = BookAppointmentInput.safeParse({ serviceId: base.appointmentId, startsAt: "2026-10-06T09:00:00+02:00", idempotencyKey: base.appointmentId, comments: "  " });
    expect(ok.success && ok.data).toEqual({ serviceId: base.appointmentId, startsAt: new Date("2026-10-06T07:00:00Z"), idempotencyKey: base.appointmentId, comments: undefined });
    const bad = BookAppointmentInput.safeParse({ serviceId: base.appointmentId, startsAt: "2026-10-06T09:00:00", idempotencyKey: "x" });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.message).sort()).toEqual(["booking.errors.idempotencyKeyInvalid", "booking.errors.instantInvalid"]);
    expect(CancelAppointmentInput.safeParse({ appointmentId: base.appointmentId, reason: " ab " }).error?.issues[0]?.message).toBe("booking.errors.reasonTooShort");
    expect(CancelAppointmentInput.safeParse({ appointmentId: base.appointmentId, reason: "x".repeat(501) }).error?.issues[0]?.message).toBe("booking.errors.reasonTooLong");
    expect(AvailableSlotsQuery.safeParse({ serviceId: base.appointmentId, from: "2026-10-01", to: "2026-12-31" }).error?.issues[0]?.message).toBe("booking.errors.rangeTooLong");
    expect(AvailableSlotsQuery.parse({ serviceId: base.appointmentId, from: "2026-10-01", to: "2026-10-31", viewerZone: "<script>" }).viewerZone).toBeUndefined();
  });
});
