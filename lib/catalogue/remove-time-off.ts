import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type RemoveTimeOffInput } from "./schemas";

/** Removes a technician's time off: the hours become bookable again. */
export async function removeTimeOff(
  db: Db,
  cmd: { input: RemoveTimeOffInput; by: StaffActor; now: Date },
): Promise<Result<{ technicianId: string }, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const removed = await tx.timeOff.findUnique({ where: { id: cmd.input.timeOffId } });
    if (!removed) return fail("not_found");
    const { count } = await tx.timeOff.deleteMany({ where: { id: removed.id } });
    if (count === 0) return fail("not_found");
    await auditCatalogueChange(tx, {
      by: cmd.by,
      action: "technician.time_off_removed",
      entityType: "technician",
      entityId: removed.technicianId,
      data: { timeOffId: removed.id, startsAt: removed.startsAt.toISOString(), endsAt: removed.endsAt.toISOString(), reason: removed.reason },
      now: cmd.now,
    });
    return ok({ technicianId: removed.technicianId });
  });
}
