/**
 * Booking's public face (issue 6) for pages, server actions, route handlers and other domains.
 *
 * Every use case takes `db` and a command with the actor (`by`: the signed-in customer or staff
 * member, from lib/auth — never from input) and `now`; it owns its transaction and writes the
 * status-history and audit rows, the customer's email (outbox, ICS attached) and the reminder
 * job in it. Expected outcomes are values: `{ ok: true, value }` or `{ ok: false, code }` with
 * codes from `BookingErrorCode`; `slot_taken` also carries `freshSlots` (that day, as it is now).
 *
 *   const result = await bookAppointment(db, { ...parsed.data, by: customer, now: new Date(), appUrl });
 *   if (!result.ok && result.code === "slot_taken") showSlots(result.freshSlots);
 *
 * Reads:
 *   getAvailableSlots(db, { serviceId, contactId, fromDate, toDate, now, viewerZone?, audience? })
 *     → Result<AvailableSlots, "not_found">            cached inputs (one small statement when nothing changed) + the pure engine
 *   findCustomerAppointments(db, customer)            → { active, upcoming, past } (product.md §3)
 *   findAppointmentForCustomer(db, customer, id, now) → detail + choices (what they may do, deadlines) | null
 *   findAppointmentForStaff(db, by, id)               → detail + history (reasons) | null
 *   listAppointmentsForStaff(db, by, filters)         → { appointments, nextCursor }
 *   findTechnicianDayBoard(db, { date, technicianIds? }) → per technician: hours, time off, visits
 *   listBookableServices(db)                          → product types and their services
 * Writes:
 *   bookAppointment(db, { serviceId, startsAt, comments?, idempotencyKey, contactId? (staff), by, now, appUrl })
 *   rescheduleAppointment(db, { appointmentId, startsAt, by, now, appUrl })
 *   cancelAppointment(db, { appointmentId, reason, by, now, appUrl })
 *   changeAppointmentStatus(db, { appointmentId, toStatus, note?, by, now, appUrl })   staff
 *   reassignAppointment(db, { appointmentId, technicianId, by, now, appUrl })          dispatchers, admins
 * Rules (isomorphic, for what a page offers): lifecycle.ts — canTransition, customerChoices,
 * changePolicyFor ("you can change this visit until …"). Inputs: ./schemas (zod, shared).
 */
export { bookAppointment, type BookAppointment, type BookAppointmentError, type BookAppointmentResult, type BookedAppointment } from "./book-appointment";
export {
  rescheduleAppointment,
  type RescheduleAppointment,
  type RescheduleAppointmentError,
  type RescheduleAppointmentResult,
  type RescheduledAppointment,
} from "./reschedule-appointment";
export { cancelAppointment, type CancelAppointment, type CancelAppointmentError } from "./cancel-appointment";
export { changeAppointmentStatus, type ChangeAppointmentStatus, type ChangeAppointmentStatusError } from "./change-appointment-status";
export { reassignAppointment, type ReassignAppointment, type ReassignAppointmentError, type ReassignAppointmentResult } from "./reassign-appointment";
export { type SlotTaken } from "./technician-choice";

export { getAvailableSlots } from "./availability-cache";
export {
  type AvailableDay,
  type AvailableSlot,
  type AvailableSlots,
  type Audience,
  type BookingPolicy,
  type GetAvailableSlots,
} from "./load-availability";
export {
  findAppointmentForCustomer,
  findAppointmentForStaff,
  findCustomerAppointments,
  findTechnicianDayBoard,
  listAppointmentsForStaff,
  listBookableServices,
  type AppointmentSummary,
  type BookableProductType,
  type CustomerAppointmentDetail,
  type CustomerAppointments,
  type DayBoard,
  type StaffAppointmentDetail,
  type StaffAppointmentPage,
  type StatusChangeEntry,
  type TechnicianDay,
} from "./queries";

export {
  canTransition,
  cancelRefusal,
  changePolicyFor,
  customerChoices,
  rescheduleRefusal,
  CANCELLABLE_STATUSES,
  RESCHEDULABLE_STATUSES,
  TRANSITIONS,
  type ChangePolicy,
  type ChangePolicySettings,
  type CustomerChoices,
} from "./lifecycle";
export { appointmentUid, icsSequence } from "./ics";
export { zonedIso, ZonedFormatter } from "./zoned-time";

/** Every code a booking use case may answer with (style.md: a closed union). */
export type BookingErrorCode =
  | "not_found"
  | "slot_taken"
  | "not_reschedulable"
  | "not_cancellable"
  | "cutoff_passed"
  | "reschedule_limit"
  | "outside_availability"
  | "invalid_status_change";

export * from "./schemas";
