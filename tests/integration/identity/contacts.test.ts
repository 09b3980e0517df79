// lib/identity contacts: create (account, address, audit), the automatic invitation once per
// email address ever (seed 000), delete, search and pages.
import { describe, expect, it } from "vitest";
import { SETTINGS_ID } from "@/lib/db/types";
import { createContact, createInvitation, deleteContact, listContacts, setAutomaticInvitations } from "@/lib/identity";
import { CreateContactInput } from "@/lib/identity/schemas";
import { setUpTestDatabase } from "../../support/database";
import { createBookingFixture, createTechnician } from "../../support/fixtures";
import { createContactRow, dumpDatabase, PORTAL_ORIGIN, setUpIdentity } from "./identity-fixture";

const { db } = await setUpTestDatabase();
const { admin, dispatcher, technician } = await setUpIdentity(db);
const now = new Date("2026-03-02T09:00:00Z");

const contactInput = (overrides: Record<string, unknown> = {}) =>
  CreateContactInput.parse({ firstName: "Claire", lastName: "Martin", email: "", phone: "", ...overrides });

const create = (overrides: Record<string, unknown> = {}, by = dispatcher) =>
  createContact(db, { input: contactInput(overrides), by, now, portalOrigin: PORTAL_ORIGIN });

async function setAutomatic(enabled: boolean) {
  expect(await setAutomaticInvitations(db, { enabled, by: admin, now })).toEqual({ ok: true, value: undefined });
}

describe("creating a contact", () => {
  it("stores the contact with a new account and its service address, normalised, and audits it", async () => {
    const result = await create({
      email: "  Claire.Martin@Example.COM ",
      phone: "+33 6 12 34 56 78",
      customerAccountId: "new",
      newAccountName: "Martin household",
      street: "12 rue des Lilas",
      postalCode: "69003",
      city: "Lyon",
      country: "fr",
      latitude: "45,7578",
      longitude: "4.8320",
      timeZone: "Europe/Paris",
    });
    expect(result).toMatchObject({ ok: true, value: { automaticInvitationSent: false } });
    if (!result.ok) return;
    const contact = await db.contact.findUniqueOrThrow({ where: { id: result.value.contactId }, include: { customerAccount: true } });
    expect(contact).toMatchObject({
      email: "claire.martin@example.com",
      country: "FR",
      latitude: 45.7578,
      longitude: 4.832,
      timeZone: "Europe/Paris",
      customerAccount: { name: "Martin household" },
    });
    expect(await db.auditLog.findFirst({ where: { entityId: contact.id } })).toMatchObject({
      action: "contact.created",
      actorUserId: dispatcher.userId,
      entityType: "contact",
    });
  });

  it("refuses an email another contact has, an unknown account, and staff without the permission", async () => {
    await create({ email: "taken@example.com" });
    const count = await db.contact.count();
    expect(await create({ email: "TAKEN@example.com" })).toEqual({
      ok: false,
      code: "email_taken",
      fieldErrors: { email: "admin.contacts.errors.emailTaken" },
    });
    expect(await create({ customerAccountId: crypto.randomUUID() })).toMatchObject({ ok: false, code: "account_not_found" });
    expect(await create({}, technician)).toEqual({ ok: false, code: "forbidden" });
    expect(await db.contact.count()).toBe(count);
  });

  it("validates coordinates as a pair in range and the time zone", () => {
    const refusal = (input: Record<string, unknown>) =>
      CreateContactInput.safeParse({ firstName: "A", lastName: "B", ...input }).error?.issues.map((issue) => [issue.path[0], issue.message]);
    expect(refusal({ latitude: "45.7" })).toEqual([["longitude", "admin.contacts.errors.coordinatesPair"]]);
    expect(refusal({ latitude: "95", longitude: "4" })).toEqual([["latitude", "admin.contacts.errors.latitudeInvalid"]]);
    expect(refusal({ timeZone: "Mars/Olympus" })).toEqual([["timeZone", "admin.contacts.errors.timeZoneInvalid"]]);
    expect(refusal({ customerAccountId: "new" })).toEqual([["newAccountName", "admin.contacts.errors.accountNameRequired"]]);
    expect(refusal({ email: "not-an-email" })).toEqual([["email", "admin.contacts.errors.emailInvalid"]]);
  });
});

describe("automatic invitations", () => {
  it("invite a new contact with an email once, by email through the outbox, when the setting is on", async () => {
    await setAutomatic(true);
    const result = await create({ email: "first.time@example.com" });
    expect(result).toMatchObject({ ok: true, value: { automaticInvitationSent: true } });
    if (!result.ok) return;
    const invitations = await db.invitation.findMany({ where: { contactId: result.value.contactId } });
    expect(invitations).toMatchObject([{ kind: "AUTOMATIC", createdById: null, maxRedemptions: 1 }]);
    expect(await db.automaticInvitationLedger.findUnique({ where: { email: "first.time@example.com" } })).toMatchObject({
      contactId: result.value.contactId,
      invitationId: invitations[0]!.id,
    });
    expect(await db.outboxEmail.findMany({ where: { contactId: result.value.contactId } })).toMatchObject([
      { template: "invitation", notification: "INVITATION", to: ["first.time@example.com"] },
    ]);
  });

  it("are sent only once per email address, ever: deleting and re-creating the contact sends nothing; a manual invitation still works", async () => {
    await setAutomatic(true);
    const first = await create({ email: "once@example.com" });
    if (!first.ok) throw new Error("first creation failed");
    expect(first.value.automaticInvitationSent).toBe(true);
    expect(await deleteContact(db, { contactId: first.value.contactId, by: dispatcher, now })).toEqual({ ok: true, value: undefined });
    expect(await db.automaticInvitationLedger.findUnique({ where: { email: "once@example.com" } })).toMatchObject({ contactId: null, invitationId: null });

    const emailsBefore = await db.outboxEmail.count({ where: { to: { has: "once@example.com" } } });
    const again = await create({ email: "Once@Example.com", firstName: "Claire-Again" });
    expect(again).toMatchObject({ ok: true, value: { automaticInvitationSent: false } });
    if (!again.ok) return;
    expect(await db.invitation.count({ where: { contactId: again.value.contactId } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: { has: "once@example.com" } } })).toBe(emailsBefore);
    expect(await db.automaticInvitationLedger.count({ where: { email: "once@example.com" } })).toBe(1);

    const manual = await createInvitation(db, {
      input: { contactId: again.value.contactId, expiresInDays: 7, maxRedemptions: 1, sendEmail: true },
      by: dispatcher,
      now,
      portalOrigin: PORTAL_ORIGIN,
    });
    expect(manual).toMatchObject({ ok: true, value: { email: "queued" } });
    expect(await db.outboxEmail.count({ where: { to: { has: "once@example.com" } } })).toBe(emailsBefore + 1);
  });

  it("leave the code out of the database even for automatic invitations", async () => {
    await setAutomatic(true);
    const result = await create({ email: "dump.check@example.com" });
    if (!result.ok) throw new Error("creation failed");
    const invitation = await db.invitation.findFirstOrThrow({ where: { contactId: result.value.contactId } });
    const outbox = await db.outboxEmail.findFirstOrThrow({ where: { contactId: result.value.contactId } });
    expect(outbox.html).toContain("__fieldbook_secret_code__");
    expect(invitation.codeSealed).toMatch(/^v1:/);
    expect(await dumpDatabase(db)).not.toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it("send nothing, and keep the address's one chance, when the setting is off, without an email, or with invitation emails off", async () => {
    await setAutomatic(false);
    const off = await create({ email: "not.yet@example.com" });
    expect(off).toMatchObject({ ok: true, value: { automaticInvitationSent: false } });
    expect(await db.automaticInvitationLedger.count({ where: { email: "not.yet@example.com" } })).toBe(0);

    await setAutomatic(true);
    expect(await create({ email: "" })).toMatchObject({ ok: true, value: { automaticInvitationSent: false } });

    await db.notificationSetting.update({ where: { kind: "INVITATION" }, data: { enabled: false } });
    try {
      expect(await create({ email: "muted@example.com" })).toMatchObject({ ok: true, value: { automaticInvitationSent: false } });
      expect(await db.automaticInvitationLedger.count({ where: { email: "muted@example.com" } })).toBe(0);
    } finally {
      await db.notificationSetting.update({ where: { kind: "INVITATION" }, data: { enabled: true } });
    }
  });

  it("are switched by admins only, audited", async () => {
    expect(await setAutomaticInvitations(db, { enabled: false, by: dispatcher, now })).toEqual({ ok: false, code: "forbidden" });
    await setAutomatic(false);
    expect(await db.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID } })).toMatchObject({ automaticInvitationsEnabled: false });
    expect(await db.auditLog.findFirst({ where: { action: "settings.automatic_invitations_disabled" }, orderBy: { createdAt: "desc" } })).toMatchObject({
      actorUserId: admin.userId,
    });
  });
});

describe("deleting a contact", () => {
  it("removes the contact with its portal profile, invitations and web roles, and audits it", async () => {
    const contact = await createContactRow(db);
    await db.user.create({ data: { email: contact.email!, contactId: contact.id } });
    const role = await db.webRole.findFirstOrThrow();
    await db.contactWebRole.create({ data: { contactId: contact.id, webRoleId: role.id } });
    expect(await deleteContact(db, { contactId: contact.id, by: dispatcher, now })).toEqual({ ok: true, value: undefined });
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(0);
    expect(await db.user.count({ where: { email: contact.email! } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { entityId: contact.id, action: "contact.deleted" } })).toMatchObject({
      actorUserId: dispatcher.userId,
      data: { hadPortalProfile: true },
    });
  });

  it("is refused while appointments reference it, for a missing contact, and to staff without the permission: row unchanged", async () => {
    const { contact, appointmentData } = await createBookingFixture(db);
    const technicianRow = await createTechnician(db);
    await db.appointment.create({ data: appointmentData(technicianRow.id, "2026-03-10T09:00:00Z", "2026-03-10T10:00:00Z") });
    const before = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(await deleteContact(db, { contactId: contact.id, by: dispatcher, now })).toEqual({ ok: false, code: "has_appointments" });
    expect(await deleteContact(db, { contactId: crypto.randomUUID(), by: dispatcher, now })).toEqual({ ok: false, code: "not_found" });
    const plain = await createContactRow(db);
    expect(await deleteContact(db, { contactId: plain.id, by: technician, now })).toEqual({ ok: false, code: "forbidden" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(before);
    expect(await db.contact.count({ where: { id: plain.id } })).toBe(1);
  });
});

describe("the contact list", () => {
  it("finds contacts by every word of the search, across name, email, city and account, page by page", async () => {
    const account = await db.customerAccount.create({ data: { name: "Zéphyr Industries" } });
    for (let index = 0; index < 25; index++) {
      await db.contact.create({
        data: { firstName: `Agnès${index}`, lastName: "Quillard", email: `agnes${index}@quillard.test`, city: index % 2 ? "Nantes" : "Brest", customerAccountId: account.id },
      });
    }
    const first = await listContacts(db, { query: "quillard", page: 1, now });
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first.contacts).toHaveLength(20);
    expect((await listContacts(db, { query: "quillard", page: 2, now })).contacts).toHaveLength(5);
    expect((await listContacts(db, { query: "quillard", page: 9, now })).page).toBe(2);
    expect((await listContacts(db, { query: "QUILLARD nantes", page: 1, now })).total).toBe(12);
    expect((await listContacts(db, { query: "zéphyr agnès1", page: 1, now })).total).toBe(11);
    expect((await listContacts(db, { query: "nobody-matches-this", page: 1, now })).total).toBe(0);
  });
});
