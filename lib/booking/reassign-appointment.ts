/**
 * Dispatchers and admins give a SCHEDULED visit to another technician, same time (product.md
 * §4). The technician must be active and hold every skill the service needs; their calendar is
 * the database's to judge: the exclusion constraint refuses an overlap (`slot_taken`; the time
 * stays, so no other slots are offered, and the customer's address needs no coordinates).
 * Working hours are the dispatcher's call. The reminder follows the new version.
 */
import "server-only";
import { isOverlapViolation, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth";
import { fail, ok, type Result } from "@/lib/result";
import { isDispatcher } from "./actor";
import { recordAppointmentChange } from "./history";
import { RESCHEDULABLE_STATUSES } from "./lifecycle";
import { SUMMARY_SELECT, toSummary, type AppointmentSummary } from "./queries";
import { dropReminders, planReminder } from "./reminders";
import { lockTechnician } from "./technician-choice";

export interface ReassignAppointment {
  appointmentId: string;
  technicianId: string;
  by: Actor;
  now: Date;
  appUrl: string;
}

export type ReassignAppointmentError = "not_found" | "not_reschedulable" | "outside_availability" | "slot_taken";
export type ReassignAppointmentResult = Result<AppointmentSummary, ReassignAppointmentError>;

const CURRENT_SELECT = { ...SUMMARY_SELECT, contactId: true, serviceId: true, technicianId: true, service: { select: { id: true, name: true, skills: { select: { skillId: true } } } } } as const;

export async function reassignAppointment(db: Db, cmd: ReassignAppointment): Promise<ReassignAppointmentResult> {
  if (!isDispatcher(cmd.by)) return fail("not_found");
  const [current, technician] = await Promise.all([
    db.appointment.findFirst({ where: { id: cmd.appointmentId }, select: CURRENT_SELECT }),
    db.technician.findFirst({ where: { id: cmd.technicianId, active: true }, select: { id: true, skills: { select: { skillId: true } } } }),
  ]);
  if (!current || !technician) return fail("not_found");
  if (!RESCHEDULABLE_STATUSES.includes(current.status)) return fail("not_reschedulable");
  const held = new Set(technician.skills.map((skill) => skill.skillId));
  if (!current.service.skills.every((skill) => held.has(skill.skillId))) return fail("outside_availability");
  const { service: _service, ...unchanged } = current;
  if (current.technicianId === cmd.technicianId) return ok(toSummary({ ...unchanged, service: { id: current.service.id, name: current.service.name } }));

  try {
    const reassigned = await db.$transaction(async (tx) => {
      await lockTechnician(tx, cmd.technicianId);
      const { count } = await tx.appointment.updateMany({
        where: { id: current.id, version: current.version, status: "SCHEDULED" },
        data: { technicianId: cmd.technicianId, version: { increment: 1 } },
      });
      if (count === 0) return null;
      const row = await tx.appointment.findUniqueOrThrow({ where: { id: current.id }, select: SUMMARY_SELECT });
      await recordAppointmentChange(tx, {
        appointmentId: current.id,
        fromStatus: "SCHEDULED",
        toStatus: "SCHEDULED",
        byUserId: cmd.by.userId,
        note: `Reassigned from ${current.technician.displayName} to ${row.technician.displayName}`,
        action: "appointment.reassigned",
        data: { fromTechnicianId: current.technicianId, toTechnicianId: cmd.technicianId },
        now: cmd.now,
      });
      await dropReminders(tx, row.id);
      await planReminder(tx, { appointmentId: row.id, version: row.version, startsAt: row.startsAt, appUrl: cmd.appUrl, now: cmd.now });
      return toSummary(row);
    });
    return reassigned ? ok(reassigned) : fail("not_reschedulable");
  } catch (error) {
    if (!isOverlapViolation(error)) throw error;
    return fail("slot_taken");
  }
}
