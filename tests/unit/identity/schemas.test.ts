// lib/identity/schemas.ts: what the forms send becomes what the use cases expect, and refusals
// carry catalogue keys.
import { describe, expect, it } from "vitest";
import {
  CheckInvitationCodeInput,
  CreateContactInput,
  CreateInvitationInput,
  CreatePortalProfileInput,
  CreateWebRoleInput,
} from "@/lib/identity/schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [String(issue.path[0]), issue.message]) ?? [];

describe("contact input", () => {
  it("trims, lowercases the email, upper-cases the country, reads decimal commas and turns empty text into null", () => {
    expect(
      CreateContactInput.parse({
        firstName: "  Claire ",
        lastName: " Martin",
        email: " Claire.Martin@Example.COM ",
        phone: "",
        street: "  ",
        country: "fr",
        latitude: "48,8566",
        longitude: "2.3522",
        timeZone: "Europe/Paris",
      }),
    ).toEqual({
      firstName: "Claire",
      lastName: "Martin",
      email: "claire.martin@example.com",
      phone: null,
      customerAccountId: "",
      newAccountName: null,
      street: null,
      postalCode: null,
      city: null,
      country: "FR",
      latitude: 48.8566,
      longitude: 2.3522,
      timeZone: "Europe/Paris",
    });
  });

  it("asks for the names and refuses a bad phone, country or account choice", () => {
    expect(messages(CreateContactInput.safeParse({ firstName: " ", lastName: "" }))).toEqual([
      ["firstName", "admin.contacts.errors.firstNameRequired"],
      ["lastName", "admin.contacts.errors.lastNameRequired"],
    ]);
    expect(messages(CreateContactInput.safeParse({ firstName: "A", lastName: "B", phone: "call me", country: "France" }))).toEqual([
      ["phone", "admin.contacts.errors.phoneInvalid"],
      ["country", "admin.contacts.errors.countryInvalid"],
    ]);
    expect(CreateContactInput.safeParse({ firstName: "A", lastName: "B", customerAccountId: "someone" }).success).toBe(false);
  });
});

describe("invitation input", () => {
  it("coerces the form's strings and reads the email box", () => {
    const contactId = "7f1f0d2e-4a8b-4c55-9d0e-2b6a3c1d9e10";
    expect(CreateInvitationInput.parse({ contactId, expiresInDays: "14", maxRedemptions: "3", sendEmail: "on" })).toEqual({
      contactId,
      expiresInDays: 14,
      maxRedemptions: 3,
      sendEmail: true,
    });
    expect(CreateInvitationInput.parse({ contactId, expiresInDays: 1, maxRedemptions: 1 }).sendEmail).toBe(false);
  });

  it("keeps validity to 1–90 days and uses to 1–50", () => {
    const contactId = "7f1f0d2e-4a8b-4c55-9d0e-2b6a3c1d9e10";
    expect(messages(CreateInvitationInput.safeParse({ contactId, expiresInDays: "0", maxRedemptions: "51" }))).toEqual([
      ["expiresInDays", "admin.invitations.errors.validityInvalid"],
      ["maxRedemptions", "admin.invitations.errors.redemptionsInvalid"],
    ]);
  });
});

describe("the Accept invitation code", () => {
  it("is put in canonical form", () => {
    expect(CheckInvitationCodeInput.parse({ code: " k7qd-m2xp 9hta-4rwe-b6nc-z3fj-yv8s " })).toEqual({
      code: "K7QDM2XP9HTA4RWEB6NCZ3FJYV8S",
    });
  });

  it("asks for an empty code and gives anything that cannot be a code the one refusal", () => {
    expect(messages(CheckInvitationCodeInput.safeParse({ code: "  " }))).toEqual([["code", "portal.acceptInvitation.errors.codeRequired"]]);
    expect(messages(CheckInvitationCodeInput.safeParse({ code: "hello" }))).toEqual([["code", "portal.acceptInvitation.errors.invalidCode"]]);
    expect(messages(CheckInvitationCodeInput.safeParse({ code: "x".repeat(500) }))).toEqual([["code", "portal.acceptInvitation.errors.invalidCode"]]);
  });
});

describe("Create your profile", () => {
  const profile = { code: "K7QD-M2XP-9HTA-4RWE-B6NC-Z3FJ-YV8S", name: " Claire Martin ", phone: "", password: "violet tram at dawn" };

  it("needs the password twice, and the policy", () => {
    expect(CreatePortalProfileInput.parse({ ...profile, passwordConfirmation: "violet tram at dawn" })).toMatchObject({
      name: "Claire Martin",
      phone: null,
    });
    expect(messages(CreatePortalProfileInput.safeParse({ ...profile, passwordConfirmation: "violet tram at dusk" }))).toEqual([
      ["passwordConfirmation", "auth.passwordPolicy.mismatch"],
    ]);
    expect(messages(CreatePortalProfileInput.safeParse({ ...profile, password: "qwertyuiop", passwordConfirmation: "qwertyuiop" }))).toEqual([
      ["password", "auth.passwordPolicy.tooCommon"],
    ]);
  });
});

describe("web role input", () => {
  it("needs a name of 2 characters or more", () => {
    expect(CreateWebRoleInput.parse({ name: " Installers ", description: "" })).toEqual({ name: "Installers", description: null });
    expect(messages(CreateWebRoleInput.safeParse({ name: "I" }))).toEqual([["name", "admin.webRoles.errors.nameRequired"]]);
  });
});
