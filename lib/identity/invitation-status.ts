/** An invitation's status as staff see it (isomorphic and pure). */

export const INVITATION_STATUSES = ["pending", "redeemed", "expired", "revoked"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface InvitationState {
  revokedAt: Date | null;
  expiresAt: Date;
  redemptionCount: number;
  maxRedemptions: number;
}

/**
 * Revoked wins over everything, then used up ("redeemed"), then expired; an invitation that
 * can still be redeemed is pending, even when some of its redemptions are used.
 */
export function invitationStatus(invitation: InvitationState, now: Date): InvitationStatus {
  if (invitation.revokedAt) return "revoked";
  if (invitation.redemptionCount >= invitation.maxRedemptions) return "redeemed";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

/** Whether the invitation can be redeemed at `now` (the same rule as the guarded UPDATE). */
export function isRedeemable(invitation: InvitationState, now: Date): boolean {
  return invitationStatus(invitation, now) === "pending";
}
