import "server-only";
import { checkPasswordPolicy, createSession, hashPassword, PASSWORD_PROBLEM_MESSAGES } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { findRedeemableInvitation, type InvitationCodeRefusal } from "./check-invitation-code";
import { countInvitationAttempt } from "./invitation-attempts";
import { hashInvitationCode } from "./invitation-code";

export interface RedeemInvitation {
  /** Canonical form (schemas.ts InvitationCode). */
  code: string;
  name: string;
  phone: string | null;
  /** Already checked against the policy by the schema; checked again here with the email. */
  password: string;
  /** The language the person used: their profile starts in it. */
  locale: string | null;
  clientKey: string | null;
  now: Date;
}

export interface RedeemedInvitation {
  userId: string;
  contactId: string;
  /** A new database session for the new portal user (lib/auth turns it into the cookie). */
  sessionToken: string;
}

export type RedeemInvitationResult =
  | Ok<RedeemedInvitation>
  | InvitationCodeRefusal
  /** The password breaks the policy once the email is known (it contains it). */
  | Fail<"password_rejected">
  /** Another account (a staff member's) already signs in with the contact's email. */
  | Fail<"email_in_use">;

/**
 * Accept invitation, second step: Create your profile (seed 000). In one transaction: the
 * redemption is counted by a guarded UPDATE (revoked, expired and used-up invitations match
 * no row, so of two people racing for a single-use code exactly one wins), the portal user is
 * created for the contact (email from the contact, argon2id password) or, on a contact that
 * has one, given the new name and password; the contact gets the Authenticated users web role
 * if it lacked it; the redemption and an audit row are written; a session is opened.
 */
export async function redeemInvitation(db: Db, cmd: RedeemInvitation): Promise<RedeemInvitationResult> {
  const codeHash = hashInvitationCode(cmd.code);
  const retryAt = await countInvitationAttempt(db, { clientKey: cmd.clientKey, codeHash, now: cmd.now });
  if (retryAt) return { ...fail("too_many_attempts"), retryAt };

  const invitation = await findRedeemableInvitation(db, codeHash, cmd.now);
  if (!invitation) return fail("invalid_code");
  const { contact } = invitation;
  const problem = checkPasswordPolicy(cmd.password, { email: contact.email });
  if (problem) return fail("password_rejected", { password: PASSWORD_PROBLEM_MESSAGES[problem] });
  const passwordHash = await hashPassword(cmd.password);

  try {
    return await db.$transaction(async (tx): Promise<RedeemInvitationResult> => {
      const counted = await tx.$executeRaw`
        UPDATE invitations
        SET redemption_count = redemption_count + 1,
            code_sealed = CASE WHEN redemption_count + 1 >= max_redemptions THEN NULL ELSE code_sealed END
        WHERE id = ${invitation.id}::uuid
          AND revoked_at IS NULL
          AND expires_at > ${cmd.now}
          AND redemption_count < max_redemptions`;
      if (counted === 0) return fail("invalid_code");

      let userId: string;
      if (contact.user) {
        userId = contact.user.id;
        await tx.user.update({ where: { id: userId }, data: { name: cmd.name, passwordHash } });
        // A new password ends the sessions opened with the old one.
        await tx.session.deleteMany({ where: { userId } });
      } else {
        const user = await tx.user.create({
          data: { email: contact.email, name: cmd.name, passwordHash, contactId: contact.id, locale: cmd.locale, createdAt: cmd.now },
          select: { id: true },
        });
        userId = user.id;
      }
      if (cmd.phone !== null) await tx.contact.update({ where: { id: contact.id }, data: { phone: cmd.phone } });

      const portalRole = await tx.webRole.findUniqueOrThrow({
        where: { key: BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers },
        select: { id: true },
      });
      await tx.contactWebRole.createMany({
        data: [{ contactId: contact.id, webRoleId: portalRole.id, assignedAt: cmd.now }],
        skipDuplicates: true,
      });
      await tx.invitationRedemption.create({ data: { invitationId: invitation.id, userId, redeemedAt: cmd.now } });
      await writeAuditLog(tx, {
        actorUserId: userId,
        action: "invitation.redeemed",
        entityType: "invitation",
        entityId: invitation.id,
        data: { contactId: contact.id, newProfile: contact.user === null },
        now: cmd.now,
      });
      const sessionToken = await createSession(tx, userId, cmd.now);
      return ok({ userId, contactId: contact.id, sessionToken });
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) return fail("email_in_use");
    // The same contact redeemed twice at once (a multi-use code): one profile wins.
    if (isUniqueViolation(error, "users_contact_id_key")) return fail("invalid_code");
    throw error;
  }
}
