import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";

/** Turns automatic invitations (on contact creation, once per email) on or off: a portal setting, for admins. */
export async function setAutomaticInvitations(
  db: Db,
  cmd: { enabled: boolean; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden">> {
  if (!can(cmd.by.role, "settings:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    await tx.settings.update({ where: { id: SETTINGS_ID }, data: { automaticInvitationsEnabled: cmd.enabled } });
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: cmd.enabled ? "settings.automatic_invitations_enabled" : "settings.automatic_invitations_disabled",
      entityType: "settings",
      entityId: String(SETTINGS_ID),
      now: cmd.now,
    });
    return ok();
  });
}
