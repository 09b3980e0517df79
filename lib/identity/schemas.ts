/**
 * Inputs of the identity forms and actions: contacts, invitations, web roles, the portal's
 * Accept invitation flow. Shared by the forms and the server; isomorphic. Messages are
 * next-intl keys; values are normalised here (trimmed, emails lowercased, empty text → null,
 * numbers coerced from form strings, invitation codes in canonical form).
 */
import { z } from "zod";
import { NewPassword } from "@/lib/auth/schemas";
import { isKnownTimeZone } from "@/lib/scheduling";
import { normalizeInvitationCode } from "./invitation-code-format";

const C = "admin.contacts.errors";
const I = "admin.invitations.errors";
const W = "admin.webRoles.errors";
const P = "portal.acceptInvitation.errors";

/** Trimmed text; empty means "none" (null). */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

/** A decimal typed with a comma or a point; empty means "none". */
const optionalDecimal = (min: number, max: number, message: string) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((value, context) => {
      if (value === undefined || (typeof value === "string" && value.trim() === "")) return null;
      const number = typeof value === "number" ? value : Number(value.trim().replace(",", "."));
      if (!Number.isFinite(number) || number < min || number > max) {
        context.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });

export const ContactId = z.uuid();

export const ContactIdInput = z.object({ contactId: z.uuid(`${C}.notFound`) });
export type ContactIdInput = z.infer<typeof ContactIdInput>;

/** "" = no account, "new" = create one named newAccountName, else an existing account's id. */
export const NEW_ACCOUNT = "new";

/** A contact's fields, as the New contact and Edit contact forms send them. */
const contactFields = {
  firstName: z.string(`${C}.firstNameRequired`).trim().min(1, `${C}.firstNameRequired`).max(100, `${C}.nameTooLong`),
  lastName: z.string(`${C}.lastNameRequired`).trim().min(1, `${C}.lastNameRequired`).max(100, `${C}.nameTooLong`),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(z.email(`${C}.emailInvalid`).max(254, `${C}.emailInvalid`).nullable()),
  phone: optionalText(40, `${C}.phoneInvalid`).refine(
    (phone) => phone === null || /^\+?[0-9][0-9 ().-]{4,38}$/.test(phone),
    `${C}.phoneInvalid`,
  ),
  customerAccountId: z.union([z.literal(""), z.literal(NEW_ACCOUNT), z.uuid(`${C}.accountNotFound`)]).default(""),
  newAccountName: optionalText(200, `${C}.accountNameTooLong`),
  street: optionalText(200, `${C}.addressTooLong`),
  postalCode: optionalText(20, `${C}.addressTooLong`),
  city: optionalText(100, `${C}.addressTooLong`),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || /^[A-Z]{2}$/.test(value), `${C}.countryInvalid`),
  latitude: optionalDecimal(-90, 90, `${C}.latitudeInvalid`),
  longitude: optionalDecimal(-180, 180, `${C}.longitudeInvalid`),
  timeZone: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isKnownTimeZone(value), `${C}.timeZoneInvalid`),
};

function checkContactFields(
  contact: { customerAccountId: string; newAccountName: string | null; latitude: number | null; longitude: number | null },
  context: z.RefinementCtx,
) {
  if (contact.customerAccountId === NEW_ACCOUNT && !contact.newAccountName) {
    context.addIssue({ code: "custom", path: ["newAccountName"], message: `${C}.accountNameRequired` });
  }
  // A position is a pair: one coordinate alone places nothing.
  if ((contact.latitude === null) !== (contact.longitude === null)) {
    const missing = contact.latitude === null ? "latitude" : "longitude";
    context.addIssue({ code: "custom", path: [missing], message: `${C}.coordinatesPair` });
  }
}

export const CreateContactInput = z.object(contactFields).superRefine(checkContactFields);
export type CreateContactInput = z.infer<typeof CreateContactInput>;

/** Edit contact: the same fields as New contact, for an existing contact. */
export const UpdateContactInput = z
  .object({ contactId: z.uuid(`${C}.notFound`), ...contactFields })
  .superRefine(checkContactFields);
export type UpdateContactInput = z.infer<typeof UpdateContactInput>;

export const ContactListQuery = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

/** Validity choices offered by the Create invitation dialog, in days. */
export const INVITATION_VALIDITY_DAYS = [1, 3, 7, 14, 30, 60, 90] as const;
export const DEFAULT_INVITATION_VALIDITY_DAYS = 14;
export const MAX_INVITATION_REDEMPTIONS = 50;

export const CreateInvitationInput = z.object({
  contactId: z.uuid(`${C}.notFound`),
  expiresInDays: z.coerce.number(`${I}.validityInvalid`).int(`${I}.validityInvalid`).min(1, `${I}.validityInvalid`).max(90, `${I}.validityInvalid`),
  maxRedemptions: z.coerce
    .number(`${I}.redemptionsInvalid`)
    .int(`${I}.redemptionsInvalid`)
    .min(1, `${I}.redemptionsInvalid`)
    .max(MAX_INVITATION_REDEMPTIONS, `${I}.redemptionsInvalid`),
  sendEmail: z.union([z.boolean(), z.literal("on")]).optional().transform((value) => value === true || value === "on"),
});
export type CreateInvitationInput = z.infer<typeof CreateInvitationInput>;

/** An invitation of one contact: both ids, so a foreign pair is simply not found. */
export const ContactInvitationInput = z.object({ contactId: z.uuid(`${I}.notFound`), invitationId: z.uuid(`${I}.notFound`) });
export type ContactInvitationInput = z.infer<typeof ContactInvitationInput>;

export const ContactWebRoleInput = z.object({ contactId: z.uuid(`${W}.notFound`), webRoleId: z.uuid(`${W}.roleRequired`) });
export type ContactWebRoleInput = z.infer<typeof ContactWebRoleInput>;

export const CreateWebRoleInput = z.object({
  name: z.string(`${W}.nameRequired`).trim().min(2, `${W}.nameRequired`).max(80, `${W}.nameTooLong`),
  description: optionalText(300, `${W}.descriptionTooLong`),
});
export type CreateWebRoleInput = z.infer<typeof CreateWebRoleInput>;

export const SetAutomaticInvitationsInput = z.object({ enabled: z.boolean() });
export type SetAutomaticInvitationsInput = z.infer<typeof SetAutomaticInvitationsInput>;

/**
 * A typed or pasted invitation code, in canonical form. Anything that cannot be a code gets
 * the same message as a code that does not work (issue 5: one message that reveals nothing).
 */
export const InvitationCode = z
  .string(`${P}.codeRequired`)
  .trim()
  .min(1, `${P}.codeRequired`)
  .max(100, `${P}.invalidCode`)
  .transform((code, context) => {
    const normalized = normalizeInvitationCode(code);
    if (!normalized) {
      context.addIssue({ code: "custom", message: `${P}.invalidCode` });
      return z.NEVER;
    }
    return normalized;
  });

export const CheckInvitationCodeInput = z.object({ code: InvitationCode });
export type CheckInvitationCodeInput = z.infer<typeof CheckInvitationCodeInput>;

export const CreatePortalProfileInput = z
  .object({
    code: InvitationCode,
    name: z.string(`${P}.nameRequired`).trim().min(1, `${P}.nameRequired`).max(200, `${P}.nameTooLong`),
    phone: optionalText(40, `${P}.phoneInvalid`).refine(
      (phone) => phone === null || /^\+?[0-9][0-9 ().-]{4,38}$/.test(phone),
      `${P}.phoneInvalid`,
    ),
    password: NewPassword,
    passwordConfirmation: z.string(),
  })
  .superRefine((profile, context) => {
    if (profile.password !== profile.passwordConfirmation) {
      context.addIssue({ code: "custom", path: ["passwordConfirmation"], message: "auth.passwordPolicy.mismatch" });
    }
  });
export type CreatePortalProfileInput = z.infer<typeof CreatePortalProfileInput>;
