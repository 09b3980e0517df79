/**
 * The appointment lifecycle (product.md §3): the one state machine every use case consults.
 * Pure and isomorphic — pages may call it to decide what to offer, the use cases call it again
 * inside their transaction and guard the state in the write (style.md).
 *
 *   SCHEDULED ──start travel──▶ TRAVELING ──arrive──▶ IN_PROGRESS ──complete──▶ COMPLETED
 *       │  ▲                       │
 *       │  └──── back to planned ──┘
 *       ├──arrive (no travel)──▶ IN_PROGRESS
 *       └──cancel──▶ CANCELLED ◀──cancel (staff)── TRAVELING
 *
 * Who:
 * - customers change only their own SCHEDULED visits, before the cutoffs, within the
 *   reschedule limit (product.md "Where peers fail" 7); Traveling and In progress cannot be
 *   changed or cancelled by them;
 * - dispatchers and admins steer every booking: any transition below, reschedule and reassign
 *   SCHEDULED visits, cancel SCHEDULED or TRAVELING ones; cutoffs and the limit are not theirs;
 * - technicians move their own visits along the field path (travel, arrive, complete, back to
 *   planned); they do not cancel, reschedule or reassign.
 */
import { type AppointmentStatusName } from "./schemas";

export type StaffRoleName = "ADMIN" | "DISPATCHER" | "TECHNICIAN";

/** Who is acting, as far as the lifecycle cares. */
export type LifecycleActor = { kind: "customer" } | { kind: "staff"; role: StaffRoleName } | { kind: "system" };

type Role = "customer" | "dispatch" | "technician";

const FIELD_AND_DISPATCH: readonly Role[] = ["dispatch", "technician"];

/** Allowed transitions and who may trigger each. Anything absent is refused. */
export const TRANSITIONS: Readonly<Record<AppointmentStatusName, Partial<Record<AppointmentStatusName, readonly Role[]>>>> = {
  SCHEDULED: { TRAVELING: FIELD_AND_DISPATCH, IN_PROGRESS: FIELD_AND_DISPATCH, CANCELLED: ["customer", "dispatch"] },
  TRAVELING: { IN_PROGRESS: FIELD_AND_DISPATCH, SCHEDULED: FIELD_AND_DISPATCH, CANCELLED: ["dispatch"] },
  IN_PROGRESS: { COMPLETED: FIELD_AND_DISPATCH },
  COMPLETED: {},
  CANCELLED: {},
};

function roleOf(actor: LifecycleActor): Role | null {
  if (actor.kind === "customer") return "customer";
  if (actor.kind === "staff") return actor.role === "TECHNICIAN" ? "technician" : "dispatch";
  return null;
}

/** Whether `actor` may move an appointment from `from` to `to` (ownership is checked apart). */
export function canTransition(from: AppointmentStatusName, to: AppointmentStatusName, actor: LifecycleActor): boolean {
  const role = roleOf(actor);
  return role !== null && (TRANSITIONS[from][to]?.includes(role) ?? false);
}

/** Statuses a visit can still be cancelled from, by anyone: the write guards on them. */
export const CANCELLABLE_STATUSES: readonly AppointmentStatusName[] = (Object.keys(TRANSITIONS) as AppointmentStatusName[]).filter(
  (status) => TRANSITIONS[status].CANCELLED !== undefined,
);

/** Only a planned visit moves in time or changes hands. */
export const RESCHEDULABLE_STATUSES: readonly AppointmentStatusName[] = ["SCHEDULED"];

/** The settings the customer's change policy reads (Settings). */
export interface ChangePolicySettings {
  rescheduleCutoffMinutes: number;
  cancelCutoffMinutes: number;
  maxReschedules: number;
}

/** What the UI shows before Book and on the visit: "you can change this visit until Mon 18:00". */
export interface ChangePolicy {
  /** Last instant a customer may reschedule (startsAt − reschedule cutoff). */
  rescheduleDeadline: Date;
  /** Last instant a customer may cancel (startsAt − cancel cutoff). */
  cancelDeadline: Date;
  maxReschedules: number;
  /** Reschedules left for this visit (maxReschedules for a new one). */
  reschedulesLeft: number;
}

const MINUTE_MS = 60_000;

export function changePolicyFor(startsAt: Date, settings: ChangePolicySettings, rescheduleCount = 0): ChangePolicy {
  return {
    rescheduleDeadline: new Date(startsAt.getTime() - settings.rescheduleCutoffMinutes * MINUTE_MS),
    cancelDeadline: new Date(startsAt.getTime() - settings.cancelCutoffMinutes * MINUTE_MS),
    maxReschedules: settings.maxReschedules,
    reschedulesLeft: Math.max(0, settings.maxReschedules - rescheduleCount),
  };
}

export type RescheduleRefusal = "not_reschedulable" | "cutoff_passed" | "reschedule_limit";
export type CancelRefusal = "not_cancellable" | "cutoff_passed";

interface AppointmentState {
  status: AppointmentStatusName;
  startsAt: Date;
  rescheduleCount: number;
}

/** Why `actor` may not reschedule this visit now, or null when they may. */
export function rescheduleRefusal(appointment: AppointmentState, actor: LifecycleActor, settings: ChangePolicySettings, now: Date): RescheduleRefusal | null {
  const role = roleOf(actor);
  if (role === null || role === "technician") return "not_reschedulable";
  if (!RESCHEDULABLE_STATUSES.includes(appointment.status)) return "not_reschedulable";
  if (role === "dispatch") return null;
  const policy = changePolicyFor(appointment.startsAt, settings, appointment.rescheduleCount);
  if (now.getTime() > policy.rescheduleDeadline.getTime()) return "cutoff_passed";
  if (policy.reschedulesLeft <= 0) return "reschedule_limit";
  return null;
}

/** Why `actor` may not cancel this visit now, or null when they may. */
export function cancelRefusal(appointment: AppointmentState, actor: LifecycleActor, settings: ChangePolicySettings, now: Date): CancelRefusal | null {
  if (!canTransition(appointment.status, "CANCELLED", actor)) return "not_cancellable";
  if (actor.kind !== "customer") return null;
  const policy = changePolicyFor(appointment.startsAt, settings, appointment.rescheduleCount);
  if (now.getTime() > policy.cancelDeadline.getTime()) return "cutoff_passed";
  return null;
}

/** What the customer may do with a visit now: the portal shows or hides its buttons with it. */
export interface CustomerChoices {
  canReschedule: boolean;
  canCancel: boolean;
  rescheduleRefusal: RescheduleRefusal | null;
  cancelRefusal: CancelRefusal | null;
  policy: ChangePolicy;
}

export function customerChoices(appointment: AppointmentState, settings: ChangePolicySettings, now: Date): CustomerChoices {
  const customer: LifecycleActor = { kind: "customer" };
  const reschedule = rescheduleRefusal(appointment, customer, settings, now);
  const cancel = cancelRefusal(appointment, customer, settings, now);
  return {
    canReschedule: reschedule === null,
    canCancel: cancel === null,
    rescheduleRefusal: reschedule,
    cancelRefusal: cancel,
    policy: changePolicyFor(appointment.startsAt, settings, appointment.rescheduleCount),
  };
}
