import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { invitationLink } from "./invitation-code";
import { invitationEmailsEnabled, queueInvitationEmail } from "./invitation-email";
import { issueInvitation } from "./issue-invitation";
import { type CreateInvitationInput } from "./schemas";

/**
 * What became of the email: queued through the outbox, not asked for (staff send the code
 * themselves, Advanced), or not sent because invitation emails are off in Notifications.
 */
export type InvitationEmailOutcome = "queued" | "not_requested" | "notifications_off";

export interface CreatedInvitation {
  invitationId: string;
  /** Formatted for people: shown once to staff, never stored in clear. */
  code: string;
  /** The portal link with the code filled in. */
  link: string;
  expiresAt: Date;
  email: InvitationEmailOutcome;
}

/**
 * Admin → Contacts → a contact → Create invitation (product.md §1). Works whatever the
 * automatic-invitation ledger says. The contact needs an email: it becomes the portal
 * sign-in. A contact who already has a portal profile may be invited again: redeeming sets a
 * new password on that profile (like a reset by the staff).
 */
export async function createInvitation(
  db: Db,
  cmd: { input: CreateInvitationInput; by: StaffActor; now: Date; portalOrigin: string },
): Promise<Result<CreatedInvitation, "forbidden" | "not_found" | "contact_has_no_email">> {
  if (!can(cmd.by.role, "invitations:manage")) return fail("forbidden");
  const { input } = cmd;
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({
      where: { id: input.contactId },
      select: { id: true, email: true, firstName: true, lastName: true },
    });
    if (!contact) return fail("not_found");
    if (!contact.email) return fail("contact_has_no_email");

    const invitation = await issueInvitation(tx, {
      contactId: contact.id,
      kind: "MANUAL",
      createdById: cmd.by.userId,
      expiresInDays: input.expiresInDays,
      maxRedemptions: input.maxRedemptions,
      now: cmd.now,
    });
    let email: InvitationEmailOutcome = "not_requested";
    if (input.sendEmail) {
      email = (await invitationEmailsEnabled(tx)) ? "queued" : "notifications_off";
      if (email === "queued") {
        await queueInvitationEmail(tx, {
          contact: { ...contact, email: contact.email },
          code: invitation.code,
          expiresAt: invitation.expiresAt,
          portalOrigin: cmd.portalOrigin,
        });
      }
    }
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "invitation.created",
      entityType: "invitation",
      entityId: invitation.id,
      data: {
        contactId: contact.id,
        kind: "MANUAL",
        expiresAt: invitation.expiresAt.toISOString(),
        maxRedemptions: input.maxRedemptions,
        email,
      },
      now: cmd.now,
    });
    return ok({
      invitationId: invitation.id,
      code: invitation.code,
      link: invitationLink(cmd.portalOrigin, invitation.code),
      expiresAt: invitation.expiresAt,
      email,
    });
  });
}
