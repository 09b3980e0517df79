import "server-only";
import { type AppointmentStatusName, canTransition, APPOINTMENT_STATUSES, RESCHEDULABLE_STATUSES } from "@/lib/booking";
import { type StaffActor } from "@/lib/auth";

/** The statuses staff may move a visit to from `status` (the lifecycle's table). */
export function nextStatusesFor(status: AppointmentStatusName, by: StaffActor): AppointmentStatusName[] {
  return APPOINTMENT_STATUSES.filter((to) => to !== status && canTransition(status, to, { kind: "staff", role: by.role }));
}

/** Only a planned visit changes hands. */
export function canReassign(status: AppointmentStatusName): boolean {
  return RESCHEDULABLE_STATUSES.includes(status);
}

export const STATUS_TONE = {
  SCHEDULED: "info",
  TRAVELING: "warning",
  IN_PROGRESS: "warning",
  COMPLETED: "success",
  CANCELLED: "neutral",
} as const satisfies Record<AppointmentStatusName, "info" | "warning" | "success" | "neutral">;
