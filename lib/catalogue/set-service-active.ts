import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { auditCatalogueChange } from "./audit";
import { type SetServiceActiveInput } from "./schemas";

/** Deactivates (or reactivates) a service: no new bookings; booked visits stay as they are. */
export async function setServiceActive(
  db: Db,
  cmd: { input: SetServiceActiveInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "catalogue:manage")) return fail("forbidden");
  const { serviceId, active } = cmd.input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.service.updateMany({ where: { id: serviceId }, data: { active } });
    if (count === 0) return fail("not_found");
    await auditCatalogueChange(tx, { by: cmd.by, action: active ? "service.activated" : "service.deactivated", entityType: "service", entityId: serviceId, now: cmd.now });
    return ok();
  });
}
