/**
 * JSON shapes of the portal API. Every instant is written with the offset of the service
 * address's zone ("2026-10-06T09:00:00+02:00") next to that zone's name, so the wall time at
 * the address reads straight from the string (product.md, failure 9).
 */
import "server-only";
import {
  changePolicyFor,
  ZonedFormatter,
  type AppointmentSummary,
  type AvailableSlots,
  type CustomerAppointmentDetail,
  type CustomerAppointments,
} from "@/lib/booking";

export function slotsJson(slots: AvailableSlots) {
  const formatter = new ZonedFormatter(slots.timeZone);
  return {
    serviceId: slots.serviceId,
    serviceName: slots.serviceName,
    durationMinutes: slots.durationMinutes,
    timeZone: slots.timeZone,
    companyTimeZone: slots.companyTimeZone,
    viewerZone: slots.viewerZone,
    policy: slots.policy,
    days: slots.days.map((day) => ({
      date: day.date,
      available: day.slots.length > 0,
      slots: day.slots.map((slot) => {
        const policy = changePolicyFor(slot.startsAt, slots.policy);
        return {
          startsAt: formatter.format(slot.startsAt),
          endsAt: formatter.format(slot.endsAt),
          // "You can change this visit until …", shown before Book.
          rescheduleUntil: formatter.format(policy.rescheduleDeadline),
          cancelUntil: formatter.format(policy.cancelDeadline),
        };
      }),
    })),
  };
}

export function appointmentJson(appointment: AppointmentSummary) {
  const formatter = new ZonedFormatter(appointment.timeZone);
  return {
    id: appointment.id,
    reference: `A-${appointment.number}`,
    status: appointment.status,
    startsAt: formatter.format(appointment.startsAt),
    endsAt: formatter.format(appointment.endsAt),
    timeZone: appointment.timeZone,
    service: appointment.service,
    technician: { displayName: appointment.technician.displayName },
    address: appointment.address,
    comments: appointment.comments,
    rescheduleCount: appointment.rescheduleCount,
    cancellationReason: appointment.cancellationReason,
    cancelledAt: appointment.cancelledAt ? formatter.format(appointment.cancelledAt) : null,
  };
}

export function appointmentDetailJson(detail: CustomerAppointmentDetail) {
  const formatter = new ZonedFormatter(detail.timeZone);
  const { choices } = detail;
  return {
    ...appointmentJson(detail),
    choices: {
      canReschedule: choices.canReschedule,
      canCancel: choices.canCancel,
      rescheduleRefusal: choices.rescheduleRefusal,
      cancelRefusal: choices.cancelRefusal,
      rescheduleUntil: formatter.format(choices.policy.rescheduleDeadline),
      cancelUntil: formatter.format(choices.policy.cancelDeadline),
      reschedulesLeft: choices.policy.reschedulesLeft,
      maxReschedules: choices.policy.maxReschedules,
    },
  };
}

export function customerAppointmentsJson(appointments: CustomerAppointments) {
  return {
    active: appointments.active ? appointmentJson(appointments.active) : null,
    upcoming: appointments.upcoming.map(appointmentJson),
    past: appointments.past.map(appointmentJson),
  };
}
