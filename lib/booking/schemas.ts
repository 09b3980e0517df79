/**
 * Inputs of booking, shared by the portal forms, the back office and the JSON API
 * (`/api/portal/v1`). Isomorphic (no server imports): forms validate with the same rules the
 * server applies. Messages are next-intl keys under `booking.errors`; instants travel as ISO
 * strings with an offset (style.md "Schemas") and come out as `Date`s.
 */
import { z } from "zod";

const E = "booking.errors";

/** product.md §3, in lifecycle order. */
export const APPOINTMENT_STATUSES = ["SCHEDULED", "TRAVELING", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
export type AppointmentStatusName = (typeof APPOINTMENT_STATUSES)[number];

/** Longest range one availability request may cover (a calendar month view with spare days). */
export const MAX_AVAILABILITY_RANGE_DAYS = 62;

export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 500;
export const COMMENTS_MAX_LENGTH = 2000;

export const AppointmentId = z.uuid(`${E}.appointmentNotFound`);
export type AppointmentId = z.infer<typeof AppointmentId>;

/**
 * Chosen by the form (or the API client) once per booking attempt and sent again on a retry:
 * a double click or a retried request books once.
 */
export const IdempotencyKey = z.uuid(`${E}.idempotencyKeyInvalid`);

/** An instant with an explicit offset ("2026-10-06T09:00:00+02:00" or "…Z"), as a Date. */
export const IsoInstant = z
  .iso.datetime({ offset: true, message: `${E}.instantInvalid` })
  .transform((value) => new Date(value));

/** A calendar day, "YYYY-MM-DD". */
export const IsoDate = z.iso.date(`${E}.dateInvalid`);

const Comments = z
  .string()
  .trim()
  .max(COMMENTS_MAX_LENGTH, `${E}.commentsTooLong`)
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** Book: the customer picks a service and one of its slots; the server picks the technician. */
export const BookAppointmentInput = z.object({
  serviceId: z.uuid(`${E}.serviceNotFound`),
  startsAt: IsoInstant,
  comments: Comments,
  idempotencyKey: IdempotencyKey,
});
export type BookAppointmentInput = z.infer<typeof BookAppointmentInput>;

/** Staff book for a contact (the contact comes from input, not from the session). */
export const StaffBookAppointmentInput = BookAppointmentInput.extend({
  contactId: z.uuid(`${E}.contactNotFound`),
});
export type StaffBookAppointmentInput = z.infer<typeof StaffBookAppointmentInput>;

export const RescheduleAppointmentInput = z.object({
  appointmentId: AppointmentId,
  startsAt: IsoInstant,
});
export type RescheduleAppointmentInput = z.infer<typeof RescheduleAppointmentInput>;

export const CancelAppointmentInput = z.object({
  appointmentId: AppointmentId,
  reason: z
    .string(`${E}.reasonRequired`)
    .trim()
    .min(REASON_MIN_LENGTH, `${E}.reasonTooShort`)
    .max(REASON_MAX_LENGTH, `${E}.reasonTooLong`),
});
export type CancelAppointmentInput = z.infer<typeof CancelAppointmentInput>;

/** Staff: a status change along the lifecycle (lifecycle.ts says which). */
export const ChangeAppointmentStatusInput = z.object({
  appointmentId: AppointmentId,
  toStatus: z.enum(APPOINTMENT_STATUSES, `${E}.statusInvalid`),
  /** Work notes on completion, a reason on a staff cancellation (then required, 3–500). */
  note: z.string().trim().max(REASON_MAX_LENGTH, `${E}.noteTooLong`).optional(),
});
export type ChangeAppointmentStatusInput = z.infer<typeof ChangeAppointmentStatusInput>;

/** Staff: give a visit to another technician, same time. */
export const ReassignAppointmentInput = z.object({
  appointmentId: AppointmentId,
  technicianId: z.uuid(`${E}.technicianNotFound`),
});
export type ReassignAppointmentInput = z.infer<typeof ReassignAppointmentInput>;

/** The viewer's IANA zone as the browser reports it; anything odd is dropped, not refused. */
const ViewerZone = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/)
  .optional()
  .catch(undefined);

function daysBetween(fromDate: string, toDate: string): number {
  return (Date.parse(`${toDate}T00:00:00Z`) - Date.parse(`${fromDate}T00:00:00Z`)) / 86_400_000;
}

/** One service's slots over a range of days in the company zone (both ends inclusive). */
export const AvailableSlotsQuery = z
  .object({
    serviceId: z.uuid(`${E}.serviceNotFound`),
    from: IsoDate,
    to: IsoDate,
    viewerZone: ViewerZone,
  })
  .refine((query) => daysBetween(query.from, query.to) >= 0, { path: ["to"], message: `${E}.rangeReversed` })
  .refine((query) => daysBetween(query.from, query.to) < MAX_AVAILABILITY_RANGE_DAYS, { path: ["to"], message: `${E}.rangeTooLong` });
export type AvailableSlotsQuery = z.infer<typeof AvailableSlotsQuery>;

/** Back office: the bookings list. */
export const StaffAppointmentFilters = z.object({
  /** Days in the company zone, both inclusive. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  technicianId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  /** The last appointment id of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type StaffAppointmentFilters = z.infer<typeof StaffAppointmentFilters>;
export type StaffAppointmentFiltersInput = z.input<typeof StaffAppointmentFilters>;
