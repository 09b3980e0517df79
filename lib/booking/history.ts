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

/**
 * The same two rows as parts (CTEs) of the caller's own statement: a booking writes its
 * appointment, these rows, its email and its jobs in one round trip. `parameter` adds a value
 * to the caller's statement and returns its placeholder. The audit row is what lib/audit's
 * writeAuditLog writes.
 */
export function appointmentChangeInserts(change: AppointmentChange, parameter: (value: unknown) => string): string[] {
  const appointmentId = parameter(change.appointmentId);
  const byUserId = parameter(change.byUserId);
  const now = parameter(change.now);
  return [
    `INSERT INTO appointment_status_changes (id, appointment_id, from_status, to_status, by_user_id, note, changed_at)
       VALUES (gen_random_uuid(), ${appointmentId}::uuid, ${parameter(change.fromStatus)}::appointment_status,
               ${parameter(change.toStatus)}::appointment_status, ${byUserId}::uuid, ${parameter(change.note ?? null)}, ${now}::timestamptz)`,
    `INSERT INTO audit_logs (id, actor_user_id, action, entity_type, entity_id, data, created_at)
       VALUES (gen_random_uuid(), ${byUserId}::uuid, ${parameter(change.action)}, 'appointment', ${appointmentId}::text,
               ${parameter(JSON.stringify(change.data))}::jsonb, ${now}::timestamptz)`,
  ];
}
