import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { resolveCustomerAccount } from "./resolve-customer-account";
import { type UpdateContactInput } from "./schemas";

export type UpdateContactError = "forbidden" | "not_found" | "email_taken" | "account_not_found" | "profile_needs_email";

/** What Edit contact changes; read before the change to tell which fields it touched. */
const EDITABLE_SELECT = {
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  customerAccountId: true,
  street: true,
  postalCode: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  timeZone: true,
} as const;
const EDITABLE_FIELDS = Object.keys(EDITABLE_SELECT) as (keyof typeof EDITABLE_SELECT)[];

/**
 * Edit contact (Admin → Contacts → a contact → Edit): the person, their account and the service
 * address, audit-logged in the same transaction.
 *
 * The portal account's email comes from the contact (product.md §1): when the contact has a
 * portal user, its sign-in email changes with the contact's, so an address another contact or
 * any user (staff included) already has is refused and nothing changes; a contact with a portal
 * profile keeps an email, since it is their sign-in.
 *
 * A new email sends no automatic invitation. That invitation goes to a *new contact* created with
 * an email, once per address ever; an edit is not a new contact, and inviting on every corrected
 * typo would spend addresses' one chance behind staff's back. Staff invite by hand if they want.
 * And the contact's open invitations are revoked: their codes went to the old address.
 */
export async function updateContact(
  db: Db,
  cmd: { input: UpdateContactInput; by: StaffActor; now: Date },
): Promise<Result<void, UpdateContactError>> {
  if (!can(cmd.by.role, "contacts:manage")) return fail("forbidden");
  const { input } = cmd;
  try {
    return await db.$transaction(async (tx) => {
      const contact = await tx.contact.findUnique({
        where: { id: input.contactId },
        select: { id: true, ...EDITABLE_SELECT, user: { select: { id: true } } },
      });
      if (!contact) return fail("not_found");
      if (contact.user && input.email === null) {
        return fail("profile_needs_email", { email: "admin.contacts.errors.profileNeedsEmail" });
      }

      const emailChanged = input.email !== contact.email;
      if (emailChanged && input.email !== null) {
        const otherContact = await tx.contact.findFirst({ where: { email: input.email, id: { not: contact.id } }, select: { id: true } });
        if (otherContact) return fail("email_taken", { email: "admin.contacts.errors.emailTaken" });
        // A staff member's or another customer's sign-in: the contact's portal user could not
        // take it now, nor a future one on redeeming an invitation.
        const otherUser = await tx.user.findFirst({
          where: { email: input.email, ...(contact.user ? { id: { not: contact.user.id } } : {}) },
          select: { id: true },
        });
        if (otherUser) return fail("email_taken", { email: "admin.contacts.errors.emailInUse" });
      }

      const customerAccountId = await resolveCustomerAccount(tx, input, cmd.now);
      if (customerAccountId === undefined) return fail("account_not_found", { customerAccountId: "admin.contacts.errors.accountNotFound" });

      const next = {
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone,
        customerAccountId,
        street: input.street,
        postalCode: input.postalCode,
        city: input.city,
        country: input.country,
        latitude: input.latitude,
        longitude: input.longitude,
        timeZone: input.timeZone,
      };
      const changedFields = EDITABLE_FIELDS.filter((field) => next[field] !== contact[field]);
      if (changedFields.length === 0) return ok();

      // Deleted meanwhile: nothing to update.
      const { count } = await tx.contact.updateMany({ where: { id: contact.id }, data: { ...next, updatedAt: cmd.now } });
      if (count === 0) return fail("not_found");
      const portalSignInChanged = contact.user !== null && emailChanged;
      if (portalSignInChanged) {
        // The new address is not verified yet.
        await tx.user.update({ where: { id: contact.user!.id }, data: { email: input.email!, emailVerified: null } });
      }
      // A code emailed to the old address must not open the portal under the new one (the old
      // address may have been wrong, or someone else's): open invitations end here.
      const invitationsRevoked = emailChanged
        ? await tx.$executeRaw`
            UPDATE invitations SET revoked_at = ${cmd.now}, code_sealed = NULL
            WHERE contact_id = ${contact.id}::uuid AND revoked_at IS NULL
              AND redemption_count < max_redemptions AND expires_at > ${cmd.now}`
        : 0;
      await writeAuditLog(tx, {
        actorUserId: cmd.by.userId,
        action: "contact.updated",
        entityType: "contact",
        entityId: contact.id,
        // Which fields changed, not their values: the audit log is no copy of personal data.
        data: { name: `${next.firstName} ${next.lastName}`, changedFields: [...changedFields], portalSignInChanged, invitationsRevoked },
        now: cmd.now,
      });
      return ok();
    });
  } catch (error) {
    // Another contact or user took the address between the check and the write.
    if (isUniqueViolation(error, "contacts_email_key")) return fail("email_taken", { email: "admin.contacts.errors.emailTaken" });
    if (isUniqueViolation(error, "users_email_key")) return fail("email_taken", { email: "admin.contacts.errors.emailInUse" });
    throw error;
  }
}
