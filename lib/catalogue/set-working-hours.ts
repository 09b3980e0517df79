import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type SetWorkingHoursInput } from "./schemas";

/**
 * Replaces a technician's weekly hours (work ranges and the breaks inside them) in one
 * transaction: availability never sees half a week. The schema has checked the ranges.
 */
export async function setWorkingHours(
  db: Db,
  cmd: { input: SetWorkingHoursInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { technicianId, ranges } = cmd.input;
  return db.$transaction(async (tx) => {
    // Lock the technician so two editors saving at once leave one whole week, not a mix.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM technicians WHERE id = ${technicianId}::uuid FOR UPDATE`;
    if (locked.length === 0) return fail("not_found");
    const before = await tx.workingHours.findMany({
      where: { technicianId },
      orderBy: [{ weekday: "asc" }, { startTime: "asc" }],
      select: { weekday: true, kind: true, startTime: true, endTime: true },
    });
    await tx.workingHours.deleteMany({ where: { technicianId } });
    if (ranges.length > 0) await tx.workingHours.createMany({ data: ranges.map((range) => ({ technicianId, ...range })) });
    await auditCatalogueChange(tx, { by: cmd.by, action: "technician.working_hours_set", entityType: "technician", entityId: technicianId, data: { before, after: ranges }, now: cmd.now });
    return ok();
  });
}
