/**
 * Every change to an appointment leaves two rows in its transaction: a status-history entry
 * (the appointment's timeline; a reschedule or reassignment is an entry whose status does not
 * change, its note says what moved) and an audit-log entry (product.md §4).
 */
import { type AppointmentStatus, type Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit";

export interface AppointmentChange {
  appointmentId: string;
  fromStatus: AppointmentStatus | null;
  toStatus: AppointmentStatus;
  /** The user who made it; null for the system. */
  byUserId: string | null;
  note?: string | null;
  /** Dotted verb: "appointment.booked", "appointment.rescheduled"… */
  action: string;
  data: Prisma.InputJsonObject;
  now: Date;
}

export async function recordAppointmentChange(tx: Tx, change: AppointmentChange): Promise<void> {
  await tx.appointmentStatusChange.create({
    data: {
      appointmentId: change.appointmentId,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      byUserId: change.byUserId,
      note: change.note ?? null,
      changedAt: change.now,
    },
  });
  await writeAuditLog(tx, {
    actorUserId: change.byUserId,
    action: change.action,
    entityType: "appointment",
    entityId: change.appointmentId,
    data: change.data,
    now: change.now,
  });
}
