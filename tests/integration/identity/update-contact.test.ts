// lib/identity Edit contact: fields and account changed with an audit row in the same
// transaction, the portal user's sign-in email following the contact's (product.md §1),
// addresses already in use refused with nothing changed, no automatic invitation on edit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkInvitationCode, normalizeInvitationCode, setAutomaticInvitations, updateContact } from "@/lib/identity";
import { UpdateContactInput } from "@/lib/identity/schemas";
import { setUpTestDatabase } from "../../support/database";
import { createContactRow, createStaff, invitationRow, invite, setUpIdentity } from "./identity-fixture";

const { db } = await setUpTestDatabase();
const { admin, dispatcher, technician } = await setUpIdentity(db);
const now = new Date("2026-03-02T09:00:00Z");

type Contact = Awaited<ReturnType<typeof createContactRow>>;

/** The form's fields for `contact` as stored, with `overrides` typed over them. */
const editInput = (contact: Contact, overrides: Record<string, unknown> = {}) =>
  UpdateContactInput.parse({
    contactId: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email ?? "",
    phone: contact.phone ?? "",
    customerAccountId: contact.customerAccountId ?? "",
    street: contact.street ?? "",
    postalCode: contact.postalCode ?? "",
    city: contact.city ?? "",
    country: contact.country ?? "",
    latitude: contact.latitude === null ? "" : String(contact.latitude),
    longitude: contact.longitude === null ? "" : String(contact.longitude),
    timeZone: contact.timeZone ?? "",
    ...overrides,
  });

const edit = (contact: Contact, overrides: Record<string, unknown> = {}, by = dispatcher) =>
  updateContact(db, { input: editInput(contact, overrides), by, now });

async function withPortalUser(contact: Contact) {
  return db.user.create({ data: { email: contact.email!, name: `${contact.firstName} ${contact.lastName}`, contactId: contact.id, emailVerified: now } });
}

describe("editing a contact", () => {
  it("stores the new details, normalised, with a new account, and audits which fields changed", async () => {
    const contact = await createContactRow(db);
    const result = await edit(contact, {
      firstName: " Claire-Anne ",
      phone: "+33 6 98 76 54 32",
      customerAccountId: "new",
      newAccountName: "Martin & fils",
      street: "3 quai Saint-Antoine",
      postalCode: "69002",
      city: "Lyon",
      country: "fr",
      latitude: "45,7640",
      longitude: "4.8357",
    });
    expect(result).toEqual({ ok: true, value: undefined });
    const stored = await db.contact.findUniqueOrThrow({ where: { id: contact.id }, include: { customerAccount: true } });
    expect(stored).toMatchObject({
      firstName: "Claire-Anne",
      lastName: "Martin",
      email: contact.email,
      phone: "+33 6 98 76 54 32",
      street: "3 quai Saint-Antoine",
      postalCode: "69002",
      city: "Lyon",
      country: "FR",
      latitude: 45.764,
      longitude: 4.8357,
      timeZone: "Europe/Paris",
      customerAccount: { name: "Martin & fils" },
      updatedAt: now,
    });
    const audit = await db.auditLog.findMany({ where: { entityId: contact.id } });
    expect(audit).toMatchObject([
      {
        action: "contact.updated",
        actorUserId: dispatcher.userId,
        entityType: "contact",
        createdAt: now,
        data: {
          name: "Claire-Anne Martin",
          changedFields: ["firstName", "phone", "customerAccountId", "street", "postalCode", "city", "country", "latitude", "longitude"],
          portalSignInChanged: false,
        },
      },
    ]);
  });

  it("clears optional details left empty and writes no audit row when nothing changed", async () => {
    const contact = await db.contact.create({
      data: { firstName: "Paul", lastName: "Roux", phone: "+33 1 23 45 67 89", city: "Nantes", latitude: 47.2, longitude: -1.55, timeZone: "Europe/Paris" },
    });
    expect(await edit(contact)).toEqual({ ok: true, value: undefined });
    expect(await db.auditLog.count({ where: { entityId: contact.id } })).toBe(0);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(contact);

    expect(await edit(contact, { phone: "  ", city: "", latitude: "", longitude: "", timeZone: "" })).toEqual({ ok: true, value: undefined });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({
      phone: null,
      city: null,
      latitude: null,
      longitude: null,
      timeZone: null,
    });
    expect(await db.auditLog.findFirst({ where: { entityId: contact.id } })).toMatchObject({
      data: { changedFields: ["phone", "city", "latitude", "longitude", "timeZone"] },
    });
  });

  it("moves the portal user's sign-in email with the contact's, as not yet verified", async () => {
    const contact = await createContactRow(db);
    const user = await withPortalUser(contact);
    const newEmail = `claire.new.${randomUUID().slice(0, 8)}@example.com`;
    expect(await edit(contact, { email: `  ${newEmail.toUpperCase()} ` })).toEqual({ ok: true, value: undefined });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ email: newEmail });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: newEmail, emailVerified: null, contactId: contact.id });
    expect(await db.auditLog.findFirst({ where: { entityId: contact.id, action: "contact.updated" } })).toMatchObject({
      data: { changedFields: ["email"], portalSignInChanged: true },
    });
  });

  it("revokes the open invitations when the email changes (their codes went to the old address), not on other edits", async () => {
    const contact = await createContactRow(db);
    const { code, invitationId } = await invite(db, dispatcher, now, { contactId: contact.id });
    expect(await edit(contact, { phone: "+33 4 78 00 00 00" })).toEqual({ ok: true, value: undefined });
    expect(await invitationRow(db, invitationId)).toMatchObject({ revokedAt: null });

    const edited = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(await edit(edited, { email: `corrected.${randomUUID().slice(0, 8)}@example.com` })).toEqual({ ok: true, value: undefined });
    expect(await invitationRow(db, invitationId)).toMatchObject({ revokedAt: now, codeSealed: null });
    expect(await checkInvitationCode(db, { code: normalizeInvitationCode(code)!, clientKey: "198.51.100.250", now })).toEqual({ ok: false, code: "invalid_code" });
    const audits = await db.auditLog.findMany({ where: { entityId: contact.id, action: "contact.updated" } });
    expect(audits).toHaveLength(2);
    expect(audits.map((audit) => audit.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ changedFields: ["phone"], invitationsRevoked: 0 }),
        expect.objectContaining({ changedFields: ["email"], invitationsRevoked: 1 }),
      ]),
    );
  });

  it("sends no automatic invitation for a new email, even with automatic invitations on", async () => {
    expect(await setAutomaticInvitations(db, { enabled: true, by: admin, now })).toEqual({ ok: true, value: undefined });
    const contact = await createContactRow(db, { email: null });
    const newEmail = `first.address.${randomUUID().slice(0, 8)}@example.com`;
    expect(await edit(contact, { email: newEmail })).toEqual({ ok: true, value: undefined });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ email: newEmail });
    expect(await db.invitation.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: { has: newEmail } } })).toBe(0);
    // The address keeps its one automatic invitation for a contact created with it.
    expect(await db.automaticInvitationLedger.count({ where: { email: newEmail } })).toBe(0);
  });
});

describe("editing a contact is refused, and nothing changes", () => {
  it("for an email another contact has", async () => {
    const other = await createContactRow(db);
    const contact = await createContactRow(db);
    const user = await withPortalUser(contact);
    const result = await edit(contact, { email: other.email!.toUpperCase(), city: "Lille" });
    expect(result).toEqual({ ok: false, code: "email_taken", fieldErrors: { email: "admin.contacts.errors.emailTaken" } });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(contact);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
    expect(await db.auditLog.count({ where: { entityId: contact.id } })).toBe(0);
  });

  it("for an email a staff member signs in with, with or without a portal profile", async () => {
    const staff = await createStaff(db, "DISPATCHER");
    const withProfile = await createContactRow(db);
    const user = await withPortalUser(withProfile);
    const withoutProfile = await createContactRow(db);
    for (const contact of [withProfile, withoutProfile]) {
      expect(await edit(contact, { email: staff.email, phone: "+33 6 00 00 00 00" })).toEqual({
        ok: false,
        code: "email_taken",
        fieldErrors: { email: "admin.contacts.errors.emailInUse" },
      });
      expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(contact);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  });

  it("for a contact with a portal profile left without an email", async () => {
    const contact = await createContactRow(db);
    const user = await withPortalUser(contact);
    expect(await edit(contact, { email: "" })).toEqual({
      ok: false,
      code: "profile_needs_email",
      fieldErrors: { email: "admin.contacts.errors.profileNeedsEmail" },
    });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(contact);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  });

  it("for an unknown contact, an unknown account, and staff without the permission", async () => {
    const contact = await createContactRow(db);
    const accounts = await db.customerAccount.count();
    expect(await updateContact(db, { input: { ...editInput(contact), contactId: randomUUID() }, by: dispatcher, now })).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await edit(contact, { customerAccountId: randomUUID() })).toEqual({
      ok: false,
      code: "account_not_found",
      fieldErrors: { customerAccountId: "admin.contacts.errors.accountNotFound" },
    });
    expect(await edit(contact, { city: "Lille", customerAccountId: "new", newAccountName: "Nope" }, technician)).toEqual({ ok: false, code: "forbidden" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(contact);
    expect(await db.customerAccount.count()).toBe(accounts);
    expect(await db.auditLog.count({ where: { entityId: contact.id } })).toBe(0);
  });

  it("for bad input, at the schema, with each field's message", () => {
    const contactId = randomUUID();
    const refusal = (input: Record<string, unknown>) =>
      UpdateContactInput.safeParse({ contactId, firstName: "Claire", lastName: "Martin", ...input }).error?.issues.map((issue) => [
        issue.path[0],
        issue.message,
      ]);
    expect(refusal({ contactId: "not-a-uuid" })).toEqual([["contactId", "admin.contacts.errors.notFound"]]);
    expect(refusal({ firstName: "  " })).toEqual([["firstName", "admin.contacts.errors.firstNameRequired"]]);
    expect(refusal({ email: "claire@" })).toEqual([["email", "admin.contacts.errors.emailInvalid"]]);
    expect(refusal({ phone: "call me" })).toEqual([["phone", "admin.contacts.errors.phoneInvalid"]]);
    expect(refusal({ country: "France" })).toEqual([["country", "admin.contacts.errors.countryInvalid"]]);
    expect(refusal({ longitude: "4.8" })).toEqual([["latitude", "admin.contacts.errors.coordinatesPair"]]);
    expect(refusal({ timeZone: "Mars/Olympus" })).toEqual([["timeZone", "admin.contacts.errors.timeZoneInvalid"]]);
    expect(refusal({})).toBeUndefined();
  });
});
