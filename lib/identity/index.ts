// The identity domain's public face (product.md §1): contacts, portal invitations, web roles.
// Staff use cases take the StaffActor requirePermission returned and check the permission
// again; portal use cases take the client's address for throttling.

// Contacts (Admin → Contacts).
export { createContact, type CreateContactError, type CreatedContact } from "./create-contact";
export { deleteContact } from "./delete-contact";
export { updateContact, type UpdateContactError } from "./update-contact";

// Invitations: create (email through the outbox), revoke, Advanced (the code and link).
export { createInvitation, type CreatedInvitation, type InvitationEmailOutcome } from "./create-invitation";
export { revokeInvitation } from "./revoke-invitation";
export { revealInvitationCode } from "./reveal-invitation-code";
export { setAutomaticInvitations } from "./set-automatic-invitations";

// The portal's Accept invitation tab: check the code, then Create your profile.
export { checkInvitationCode, type InvitationCodeRefusal, type InvitationForProfile } from "./check-invitation-code";
export { redeemInvitation, type RedeemedInvitation, type RedeemInvitationResult } from "./redeem-invitation";
export { INVITATION_ATTEMPTS_PER_CLIENT, INVITATION_ATTEMPTS_PER_CODE } from "./invitation-attempts";

// Web roles: assign and remove on a contact, add custom roles.
export { assignWebRole } from "./assign-web-role";
export { removeWebRole } from "./remove-web-role";
export { createWebRole } from "./create-web-role";

// Reading.
export {
  CONTACTS_PAGE_SIZE,
  countContacts,
  findAutomaticInvitationsEnabled,
  findContactDetail,
  findPortalProfile,
  listContacts,
  listCustomerAccounts,
  listWebRoles,
  type ContactDetail,
  type ContactInvitation,
  type ContactPage,
  type ContactSummary,
  type ContactWebRole,
  type PortalAccess,
  type WebRoleSummary,
} from "./queries";
export { INVITATION_STATUSES, invitationStatus, type InvitationStatus } from "./invitation-status";
export { formatInvitationCode, INVITATION_CODE_BITS, normalizeInvitationCode } from "./invitation-code-format";
