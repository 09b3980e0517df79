import { type InvitationKind } from "@prisma/client";
import { type Tx } from "@/lib/db";
import { encryptSecret } from "@/lib/mail";
import { generateInvitationCode, hashInvitationCode } from "./invitation-code";
import { normalizeInvitationCode } from "./invitation-code-format";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedInvitation {
  id: string;
  /** Formatted for people; never stored in clear. */
  code: string;
  expiresAt: Date;
}

/**
 * Writes a new invitation row in the caller's transaction: the code's hash for lookups, the
 * code sealed with the app's key for staff's Advanced view, never the code itself.
 */
export async function issueInvitation(
  tx: Tx,
  invitation: { contactId: string; kind: InvitationKind; createdById: string | null; expiresInDays: number; maxRedemptions: number; now: Date },
): Promise<IssuedInvitation> {
  const code = generateInvitationCode();
  const expiresAt = new Date(invitation.now.getTime() + invitation.expiresInDays * DAY_MS);
  const row = await tx.invitation.create({
    data: {
      contactId: invitation.contactId,
      kind: invitation.kind,
      createdById: invitation.createdById,
      codeHash: hashInvitationCode(normalizeInvitationCode(code)!),
      codeSealed: encryptSecret(code),
      expiresAt,
      maxRedemptions: invitation.maxRedemptions,
      createdAt: invitation.now,
    },
    select: { id: true },
  });
  return { id: row.id, code, expiresAt };
}
