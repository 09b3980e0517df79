import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "@/lib/audit";
import { PORTAL_SETTINGS_SELECT } from "./queries";
import { type PortalSettingsInput } from "./schemas";

/**
 * Admin → Settings → Portal. Applies to availability from the next request; booked
 * appointments keep their times. The audit row names what changed, before and after.
 */
export async function updatePortalSettings(
  db: Db,
  cmd: { input: PortalSettingsInput; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found">> {
  if (!can(cmd.by.role, "portal-settings:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM settings WHERE id = ${SETTINGS_ID} FOR UPDATE`;
    if (locked.length === 0) return fail("not_found");
    const before = await tx.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID }, select: PORTAL_SETTINGS_SELECT });
    const changedKeys = (Object.keys(cmd.input) as (keyof PortalSettingsInput)[]).filter((key) => before[key] !== cmd.input[key]);
    if (changedKeys.length === 0) return ok();
    await tx.settings.update({ where: { id: SETTINGS_ID }, data: cmd.input });
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "portal_settings.updated",
      entityType: "settings",
      entityId: String(SETTINGS_ID),
      data: {
        before: Object.fromEntries(changedKeys.map((key) => [key, before[key]])),
        after: Object.fromEntries(changedKeys.map((key) => [key, cmd.input[key]])),
      },
      now: cmd.now,
    });
    return ok();
  });
}
