import "server-only";
import { TZDate } from "@date-fns/tz";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type AddTimeOffInput } from "./schemas";

/** "2026-03-02T08:00" in `timeZone` → the instant (built as a wall time in the zone, style.md "Dates"). */
function wallTimeToInstant(local: string, timeZone: string): Date {
  const part = (from: number, to: number) => Number(local.slice(from, to));
  const [year, month, day, hours, minutes] = [part(0, 4), part(5, 7), part(8, 10), part(11, 13), part(14, 16)];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime());
}

/** Adds time off to a technician, its ends read in the technician's zone. */
export async function addTimeOff(
  db: Db,
  cmd: { input: AddTimeOffInput; by: StaffActor; now: Date },
): Promise<Result<{ timeOffId: string }, "forbidden" | "not_found" | "invalid_range">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { technicianId, startsAtLocal, endsAtLocal, reason } = cmd.input;
  return db.$transaction(async (tx) => {
    const technician = await tx.technician.findUnique({ where: { id: technicianId }, select: { timeZone: true } });
    if (!technician) return fail("not_found");
    const startsAt = wallTimeToInstant(startsAtLocal, technician.timeZone);
    const endsAt = wallTimeToInstant(endsAtLocal, technician.timeZone);
    // A wall-clock range can collapse across a DST change (01:30 → 01:10 after falling back).
    if (endsAt <= startsAt) return fail("invalid_range", { endsAtLocal: "admin.catalogue.errors.endBeforeStart" });
    const created = await tx.timeOff.create({ data: { technicianId, startsAt, endsAt, reason, createdAt: cmd.now }, select: { id: true } });
    await auditCatalogueChange(tx, {
      by: cmd.by,
      action: "technician.time_off_added",
      entityType: "technician",
      entityId: technicianId,
      data: { timeOffId: created.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), reason },
      now: cmd.now,
    });
    return ok({ timeOffId: created.id });
  });
}
