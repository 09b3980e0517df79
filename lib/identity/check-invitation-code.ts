import "server-only";
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { countInvitationAttempt } from "./invitation-attempts";
import { hashInvitationCode } from "./invitation-code";
import { isRedeemable } from "./invitation-status";

/** What the Create your profile step shows: the sign-in email comes from the contact. */
export interface InvitationForProfile {
  email: string;
  name: string;
  phone: string | null;
  /** The contact already has a portal profile: saving sets its new password. */
  hasProfile: boolean;
}

export type InvitationCodeRefusal = Fail<"invalid_code"> | (Fail<"too_many_attempts"> & { retryAt: Date });

/**
 * Accept invitation, first step: is this code good for a profile? Unknown, expired, revoked
 * and used-up codes all give `invalid_code` (issue 5: one message that reveals nothing). Rate
 * limited per client and per code.
 */
export async function checkInvitationCode(
  db: Db,
  cmd: { code: string; clientKey: string | null; now: Date },
): Promise<Ok<InvitationForProfile> | InvitationCodeRefusal> {
  const codeHash = hashInvitationCode(cmd.code);
  const retryAt = await countInvitationAttempt(db, { clientKey: cmd.clientKey, codeHash, now: cmd.now });
  if (retryAt) return { ...fail("too_many_attempts"), retryAt };

  const invitation = await findRedeemableInvitation(db, codeHash, cmd.now);
  if (!invitation) return fail("invalid_code");
  const { contact } = invitation;
  return ok({
    email: contact.email,
    name: contact.user?.name ?? `${contact.firstName} ${contact.lastName}`.trim(),
    phone: contact.phone,
    hasProfile: contact.user !== null,
  });
}

/** The invitation behind a code hash when it can be redeemed now by a profile that may sign in. */
export async function findRedeemableInvitation(db: Db, codeHash: string, now: Date) {
  const invitation = await db.invitation.findUnique({
    where: { codeHash },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      redemptionCount: true,
      maxRedemptions: true,
      contact: {
        select: {
          id: true,
          email: true,
          firstName: true,
          lastName: true,
          phone: true,
          user: { select: { id: true, name: true, disabledAt: true, staffRole: true } },
        },
      },
    },
  });
  if (!invitation || !isRedeemable(invitation, now)) return null;
  const { contact } = invitation;
  // The sign-in is the contact's email; a profile staff disabled stays disabled.
  if (!contact.email || contact.user?.disabledAt || contact.user?.staffRole) return null;
  return { ...invitation, contact: { ...contact, email: contact.email } };
}
