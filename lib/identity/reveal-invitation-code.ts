import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { decryptSecret } from "@/lib/mail";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { invitationLink } from "./invitation-code";
import { isRedeemable } from "./invitation-status";

/**
 * Advanced: a pending invitation's code and portal link, so staff can send them by other
 * means (seed 000). The code is unsealed with the app's key; every look is audit-logged.
 * Codes of revoked, used-up or expired invitations are not shown.
 */
export async function revealInvitationCode(
  db: Db,
  cmd: { contactId: string; invitationId: string; by: StaffActor; now: Date; portalOrigin: string },
): Promise<Result<{ code: string; link: string }, "forbidden" | "not_found" | "not_pending" | "code_unavailable">> {
  if (!can(cmd.by.role, "invitations:manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: cmd.invitationId, contactId: cmd.contactId },
      select: { id: true, codeSealed: true, revokedAt: true, expiresAt: true, redemptionCount: true, maxRedemptions: true },
    });
    if (!invitation) return fail("not_found");
    if (!isRedeemable(invitation, cmd.now)) return fail("not_pending");
    // Invitations made before codes were sealed (or with another key) cannot be shown.
    const code = invitation.codeSealed ? decryptSecret(invitation.codeSealed) : null;
    if (!code?.ok) return fail("code_unavailable");
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "invitation.code_viewed",
      entityType: "invitation",
      entityId: invitation.id,
      data: { contactId: cmd.contactId },
      now: cmd.now,
    });
    return ok({ code: code.value, link: invitationLink(cmd.portalOrigin, code.value) });
  });
}
