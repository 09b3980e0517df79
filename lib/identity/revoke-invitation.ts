import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";

/**
 * Revokes an invitation of a contact, so its code stops working at once; its sealed copy is
 * erased. The contact is in the WHERE: another contact's invitation is not found.
 */
export async function revokeInvitation(
  db: Db,
  cmd: { contactId: string; invitationId: string; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found" | "not_revocable">> {
  if (!can(cmd.by.role, "invitations:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: cmd.invitationId, contactId: cmd.contactId },
      select: { id: true },
    });
    if (!invitation) return fail("not_found");
    // Guarded write: a redemption committing at the same instant either happens before (and
    // may use the invitation up) or sees it revoked.
    const revoked = await tx.$executeRaw`
      UPDATE invitations SET revoked_at = ${cmd.now}, code_sealed = NULL
      WHERE id = ${invitation.id}::uuid AND revoked_at IS NULL AND redemption_count < max_redemptions`;
    if (revoked === 0) return fail("not_revocable");
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "invitation.revoked",
      entityType: "invitation",
      entityId: invitation.id,
      data: { contactId: cmd.contactId },
      now: cmd.now,
    });
    return ok();
  });
}
