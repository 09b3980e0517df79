import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { isUniqueViolation, SETTINGS_ID, type Db, type Tx } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";
import { invitationEmailsEnabled, queueInvitationEmail } from "./invitation-email";
import { issueInvitation } from "./issue-invitation";
import { resolveCustomerAccount } from "./resolve-customer-account";
import { type CreateContactInput, DEFAULT_INVITATION_VALIDITY_DAYS } from "./schemas";

export type CreateContactError = "forbidden" | "email_taken" | "account_not_found";

export interface CreatedContact {
  contactId: string;
  /** True when the automatic invitation was queued with this contact. */
  automaticInvitationSent: boolean;
}

/**
 * Adds a contact (Admin → Contacts → New contact), with a new or existing customer account.
 * With automatic invitations on and an email given, it also invites the contact — once per
 * email address, ever (product.md §1, seed 000): the ledger row is inserted ON CONFLICT DO
 * NOTHING in this transaction, and only an inserted row sends. Deleting the contact keeps
 * the ledger row, so re-creating it sends nothing; a manual invitation still works.
 */
export async function createContact(
  db: Db,
  cmd: { input: CreateContactInput; by: StaffActor; now: Date; portalOrigin: string },
): Promise<Result<CreatedContact, CreateContactError>> {
  if (!can(cmd.by.role, "contacts:manage")) return fail("forbidden");
  const { input } = cmd;
  try {
    return await db.$transaction(async (tx) => {
      const customerAccountId = await resolveCustomerAccount(tx, input, cmd.now);
      if (customerAccountId === undefined) return fail("account_not_found", { customerAccountId: "admin.contacts.errors.accountNotFound" });
      const contact = await tx.contact.create({
        data: {
          customerAccountId,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email,
          phone: input.phone,
          street: input.street,
          postalCode: input.postalCode,
          city: input.city,
          country: input.country,
          latitude: input.latitude,
          longitude: input.longitude,
          timeZone: input.timeZone,
          createdAt: cmd.now,
        },
        select: { id: true, email: true, firstName: true, lastName: true },
      });
      await writeAuditLog(tx, {
        actorUserId: cmd.by.userId,
        action: "contact.created",
        entityType: "contact",
        entityId: contact.id,
        data: { name: `${contact.firstName} ${contact.lastName}`, customerAccountId, withEmail: contact.email !== null },
        now: cmd.now,
      });
      const automaticInvitationSent = contact.email
        ? await sendAutomaticInvitation(tx, { ...contact, email: contact.email }, cmd.now, cmd.portalOrigin)
        : false;
      return ok({ contactId: contact.id, automaticInvitationSent });
    });
  } catch (error) {
    if (isUniqueViolation(error, "contacts_email_key")) return fail("email_taken", { email: "admin.contacts.errors.emailTaken" });
    throw error;
  }
}

async function sendAutomaticInvitation(
  tx: Tx,
  contact: { id: string; email: string; firstName: string; lastName: string },
  now: Date,
  portalOrigin: string,
): Promise<boolean> {
  const settings = await tx.settings.findUnique({ where: { id: SETTINGS_ID }, select: { automaticInvitationsEnabled: true } });
  if (!settings?.automaticInvitationsEnabled || !(await invitationEmailsEnabled(tx))) return false;
  // The one rule: one automatic invitation per address, ever. A concurrent creation with the
  // same address waits on the unique index and then inserts nothing.
  const claimed = await tx.automaticInvitationLedger.createManyAndReturn({
    data: [{ email: contact.email, contactId: contact.id, sentAt: now }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (claimed.length === 0) return false;
  const invitation = await issueInvitation(tx, {
    contactId: contact.id,
    kind: "AUTOMATIC",
    createdById: null,
    expiresInDays: DEFAULT_INVITATION_VALIDITY_DAYS,
    maxRedemptions: 1,
    now,
  });
  await tx.automaticInvitationLedger.update({ where: { id: claimed[0]!.id }, data: { invitationId: invitation.id } });
  await writeAuditLog(tx, {
    actorUserId: null,
    action: "invitation.created",
    entityType: "invitation",
    entityId: invitation.id,
    data: { contactId: contact.id, kind: "AUTOMATIC", expiresAt: invitation.expiresAt.toISOString(), maxRedemptions: 1, emailQueued: true },
    now,
  });
  await queueInvitationEmail(tx, { contact, code: invitation.code, expiresAt: invitation.expiresAt, portalOrigin });
  return true;
}
