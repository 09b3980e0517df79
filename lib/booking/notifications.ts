/**
 * The customer's emails about a visit (product.md §2–§3): booking confirmation, reschedule,
 * cancellation, the 24-hour reminder, "technician on the way" and "visit completed", each
 * rendered in the customer's language with every time in the service address's zone, zone
 * named (emails/times.ts), and — except the reminder and the two status emails — the
 * calendar attachment that updates the same event (ics.ts).
 *
 * Rendering is the slow part, so use cases render *before* their transaction
 * (`prepareAppointmentEmail`) and queue the result inside it (`queuePreparedEmail`): the row
 * and its pg-boss job commit with the change, or not at all. No `server-only`, and lib/mail's
 * queueEmail arrives as an argument: the reminder worker runs outside Next.js (scripts/start.ts),
 * where lib/mail's entry point (server-only) cannot load.
 */
import { type NotificationKind } from "@prisma/client";
import { renderEmail, type EmailTemplateProps } from "@/emails/render";
import type { Db, Tx } from "@/lib/db";
import type { QueueEmailInput } from "@/lib/mail";
import { appointmentIcs, type IcsMethod } from "./ics";

/** What an appointment email needs to know, read in one statement. */
export interface AppointmentEmailFacts {
  companyName: string;
  brandColor: string;
  locale: string;
  recipient: { name: string; email: string } | null;
  address: string | null;
  serviceName: string;
  technicianName: string;
  /** The address the ICS names as organizer: the sending mailbox, when one is known. */
  organizerEmail: string | null;
  enabled: Partial<Record<NotificationKind, boolean>>;
}

interface RawFacts {
  company_name: string | null;
  brand_color: string | null;
  default_locale: string | null;
  first_name: string;
  last_name: string;
  email: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  locale: string | null;
  service_name: string;
  technician_name: string;
  organizer_email: string | null;
  enabled: Partial<Record<NotificationKind, boolean>> | null;
}

/**
 * The facts as one JSON text (`payload`): $1 contact, $2 service, the technician (`$3`, or
 * another SQL expression giving their id), $4 the notification kind. No row when one of them
 * does not exist. Callers may run it as part of a larger statement (the booking reads its
 * idempotency key, its technician and the facts together).
 */
export function appointmentEmailFactsSql(technician = "$3::uuid"): string {
  return `
SELECT json_build_object(
  'company_name', st.company_name, 'brand_color', st.brand_color, 'default_locale', st.default_locale,
  'first_name', c.first_name, 'last_name', c.last_name, 'email', c.email,
  'street', c.street, 'postal_code', c.postal_code, 'city', c.city,
  'locale', (SELECT u.locale FROM users u WHERE u.contact_id = c.id),
  'service_name', s.name, 'technician_name', t.display_name,
  'organizer_email', COALESCE(
     (SELECT m.from_address FROM notification_settings ns JOIN mailboxes m ON m.owner_user_id = ns.sender_user_id
       WHERE ns.kind = $4::notification_kind AND m.status = 'ENABLED'),
     (SELECT m.from_address FROM mailboxes m WHERE m.id = st.default_mailbox_id)),
  'enabled', (SELECT json_object_agg(ns.kind, ns.enabled) FROM notification_settings ns)
)::text AS payload
  FROM contacts c, services s, technicians t, settings st
 WHERE c.id = $1::uuid AND s.id = $2::uuid AND t.id = ${technician} AND st.id = 1`;
}

export const APPOINTMENT_EMAIL_FACTS_SQL = appointmentEmailFactsSql();

/** One line: "12 Rue des Lilas, 75011 Paris". */
function addressLine(facts: Pick<RawFacts, "street" | "postal_code" | "city">): string | null {
  const town = [facts.postal_code, facts.city].filter(Boolean).join(" ");
  const line = [facts.street, town].filter(Boolean).join(", ");
  return line === "" ? null : line;
}

export async function loadAppointmentEmailFacts(
  client: Db | Tx,
  ids: { contactId: string; serviceId: string; technicianId: string },
  notification: NotificationKind,
): Promise<AppointmentEmailFacts | null> {
  const rows = await client.$queryRawUnsafe<{ payload: string }[]>(APPOINTMENT_EMAIL_FACTS_SQL, ids.contactId, ids.serviceId, ids.technicianId, notification);
  return rows.length === 0 ? null : readAppointmentEmailFacts(rows[0]!.payload).facts;
}

/** The contact as the appointment summary shows them, read with the facts. */
export interface FactsContact {
  firstName: string;
  lastName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/** Decodes `APPOINTMENT_EMAIL_FACTS_SQL`'s payload. */
export function readAppointmentEmailFacts(payload: string): { facts: AppointmentEmailFacts; contact: FactsContact } {
  const raw = JSON.parse(payload) as RawFacts;
  return { facts: emailFacts(raw), contact: { firstName: raw.first_name, lastName: raw.last_name, street: raw.street, postalCode: raw.postal_code, city: raw.city } };
}

function emailFacts(raw: RawFacts): AppointmentEmailFacts {
  const name = `${raw.first_name} ${raw.last_name}`.trim();
  return {
    companyName: raw.company_name ?? "Fieldbook",
    brandColor: raw.brand_color ?? "#0e7490",
    locale: raw.locale ?? raw.default_locale ?? "en",
    recipient: raw.email ? { name, email: raw.email } : null,
    address: addressLine(raw),
    serviceName: raw.service_name,
    technicianName: raw.technician_name,
    organizerEmail: raw.organizer_email,
    enabled: raw.enabled ?? {},
  };
}

/** The visit as the email describes it. */
export interface AppointmentForEmail {
  id: string;
  number: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  /** After the change being reported. */
  version: number;
}

export type AppointmentEmail =
  | { template: "booking-confirmation" }
  | { template: "appointment-rescheduled"; previousStartsAt: Date; previousEndsAt: Date }
  | { template: "appointment-cancelled"; reason: string }
  | { template: "appointment-reminder" }
  | { template: "technician-on-the-way"; estimatedArrivalAt: Date | null; liveMap: boolean }
  | { template: "visit-completed"; completedAt: Date };

const NOTIFICATION_OF: Record<AppointmentEmail["template"], NotificationKind> = {
  "booking-confirmation": "BOOKING_CONFIRMATION",
  "appointment-rescheduled": "RESCHEDULED",
  "appointment-cancelled": "CANCELLED",
  "appointment-reminder": "REMINDER",
  "technician-on-the-way": "TECHNICIAN_ON_THE_WAY",
  "visit-completed": "VISIT_COMPLETED",
};

const ICS_METHOD_OF: Record<AppointmentEmail["template"], IcsMethod | null> = {
  "booking-confirmation": "REQUEST",
  "appointment-rescheduled": "REQUEST",
  "appointment-cancelled": "CANCEL",
  "appointment-reminder": null,
  "technician-on-the-way": null,
  "visit-completed": null,
};

/** A rendered email waiting for its transaction. */
export interface PreparedEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  template: AppointmentEmail["template"];
  notification: NotificationKind;
  ics?: { method: IcsMethod; content: string };
  contactId: string;
  appointmentId: string;
  dedupeKey?: string;
}

export function appointmentUrl(appUrl: string, appointmentId: string): string {
  return new URL(`/portal/appointments/${appointmentId}`, appUrl).toString();
}

/**
 * Renders one email, or null when it must not go out: the notification is turned off
 * (Admin → Settings → Notifications) or the contact has no email address.
 */
export async function prepareAppointmentEmail(input: {
  email: AppointmentEmail;
  appointment: AppointmentForEmail;
  contactId: string;
  facts: AppointmentEmailFacts;
  appUrl: string;
  now: Date;
  dedupeKey?: string;
}): Promise<PreparedEmail | null> {
  const { email, appointment, facts } = input;
  const notification = NOTIFICATION_OF[email.template];
  if (!facts.recipient || facts.enabled[notification] === false) return null;
  const url = appointmentUrl(input.appUrl, appointment.id);
  const details = {
    appointmentNumber: appointment.number,
    serviceName: facts.serviceName,
    startsAt: appointment.startsAt.toISOString(),
    endsAt: appointment.endsAt.toISOString(),
    timeZone: appointment.timeZone,
    address: facts.address,
    technicianName: facts.technicianName,
    recipientName: facts.recipient.name || null,
  };
  const options = { locale: facts.locale, brand: { companyName: facts.companyName, brandColor: facts.brandColor } };
  let rendered;
  switch (email.template) {
    case "booking-confirmation":
      rendered = await renderEmail("booking-confirmation", { ...details, appointmentUrl: url } satisfies EmailTemplateProps["booking-confirmation"], options);
      break;
    case "appointment-rescheduled":
      rendered = await renderEmail(
        "appointment-rescheduled",
        { ...details, appointmentUrl: url, previousStartsAt: email.previousStartsAt.toISOString(), previousEndsAt: email.previousEndsAt.toISOString() },
        options,
      );
      break;
    case "appointment-cancelled":
      rendered = await renderEmail("appointment-cancelled", { ...details, reason: email.reason, bookUrl: new URL("/portal/book", input.appUrl).toString() }, options);
      break;
    case "appointment-reminder":
      rendered = await renderEmail("appointment-reminder", { ...details, appointmentUrl: url }, options);
      break;
    case "technician-on-the-way":
      rendered = await renderEmail(
        "technician-on-the-way",
        { ...details, appointmentUrl: url, estimatedArrivalAt: email.estimatedArrivalAt?.toISOString() ?? null, liveMap: email.liveMap },
        options,
      );
      break;
    case "visit-completed":
      rendered = await renderEmail("visit-completed", { ...details, appointmentUrl: url, completedAt: email.completedAt.toISOString() }, options);
      break;
  }
  const method = ICS_METHOD_OF[email.template];
  return {
    ...rendered,
    to: facts.recipient.email,
    template: email.template,
    notification,
    contactId: input.contactId,
    appointmentId: appointment.id,
    dedupeKey: input.dedupeKey,
    ics: method
      ? {
          method,
          content: appointmentIcs({
            method,
            appointmentId: appointment.id,
            version: appointment.version,
            startsAt: appointment.startsAt,
            endsAt: appointment.endsAt,
            timeZone: appointment.timeZone,
            summary: `${facts.serviceName} — ${facts.companyName}`,
            description: [`A-${appointment.number}`, facts.technicianName, `${appointment.timeZone}`, url].join("\n"),
            location: facts.address,
            url,
            organizer: facts.organizerEmail ? { name: facts.companyName, email: facts.organizerEmail } : null,
            attendee: facts.recipient,
            now: input.now,
          }),
        }
      : undefined,
  };
}

/** lib/mail's queueEmail: writes the outbox row and its job in the caller's transaction. */
export type QueueEmail = (tx: Tx, email: QueueEmailInput) => Promise<{ id: string; queued: boolean }>;

/** Queues a prepared email in the caller's transaction; false when it was a duplicate (dedupeKey). */
export async function queuePreparedEmail(tx: Tx, email: PreparedEmail | null, queueEmail: QueueEmail): Promise<boolean> {
  if (!email) return false;
  const queued = await queueEmail(tx, {
    to: [email.to],
    subject: email.subject,
    html: email.html,
    text: email.text,
    template: email.template,
    notification: email.notification,
    ics: email.ics,
    contactId: email.contactId,
    appointmentId: email.appointmentId,
    dedupeKey: email.dedupeKey,
  });
  return queued.queued;
}
