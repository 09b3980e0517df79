// lib/staff: admins manage staff; every change is audit-logged in its transaction, ends the
// person's sessions where it takes rights away, and never leaves the back office without an admin.
import { type StaffRole } from "@prisma/client";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { createSession, findSessionUser } from "@/lib/auth/sessions";
import {
  changeStaffRole,
  createStaffMember,
  disableStaffMember,
  enableStaffMember,
  listStaffMembers,
  resetStaffPassword,
} from "@/lib/staff";
import { setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();
const now = new Date("2026-03-02T09:00:00Z");
const GOOD_PASSWORD = "violet tram at dawn";

let admin: { userId: string };
let otherAdmin: { userId: string };
let dispatcherId: string;
let technicianId: string;

async function addUser(email: string, staffRole: StaffRole | null, extra: { disabledAt?: Date } = {}) {
  const user = await db.user.create({ data: { email, name: email.split("@")[0], passwordHash: "not-a-real-hash", staffRole, ...extra } });
  return user.id;
}

/** Everything a refused change must leave as it was. */
async function snapshot() {
  const [users, sessions, auditLogs] = await Promise.all([
    db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, staffRole: true, disabledAt: true, passwordHash: true } }),
    db.session.count(),
    db.auditLog.count(),
  ]);
  return { users, sessions, auditLogs };
}

beforeEach(async () => {
  await db.auditLog.deleteMany();
  await db.session.deleteMany();
  await db.technician.deleteMany();
  await db.contact.deleteMany();
  await db.user.deleteMany();
  admin = { userId: await addUser("admin@example.test", "ADMIN") };
  otherAdmin = { userId: await addUser("second-admin@example.test", "ADMIN") };
  dispatcherId = await addUser("dispatcher@example.test", "DISPATCHER");
  technicianId = await addUser("tech@example.test", "TECHNICIAN");
  await createSession(db, dispatcherId, now);
  await createSession(db, dispatcherId, now);
});

describe("creating a staff member", () => {
  it("creates the account with a hashed password, and audit-logs it without the password", async () => {
    const result = await createStaffMember(db, {
      input: { name: "Léa Dupont", email: "lea@example.test", role: "DISPATCHER", password: GOOD_PASSWORD },
      by: admin,
      now,
    });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email: "lea@example.test" } });
    expect(user).toMatchObject({ name: "Léa Dupont", staffRole: "DISPATCHER", disabledAt: null, contactId: null });
    expect(user.passwordHash).not.toContain(GOOD_PASSWORD);
    expect(await verifyPassword(user.passwordHash!, GOOD_PASSWORD)).toBe(true);

    const audit = await db.auditLog.findMany();
    expect(audit).toMatchObject([
      { actorUserId: admin.userId, action: "staff.created", entityType: "user", entityId: user.id, data: { email: "lea@example.test", role: "DISPATCHER", name: "Léa Dupont" } },
    ]);
    expect(JSON.stringify(audit)).not.toContain(GOOD_PASSWORD);
  });

  it("creates a technician account without a technician resource row", async () => {
    await createStaffMember(db, { input: { name: "Tom", email: "tom@example.test", role: "TECHNICIAN", password: GOOD_PASSWORD }, by: admin, now });
    const tom = (await listStaffMembers(db)).find((member) => member.email === "tom@example.test");
    expect(tom).toMatchObject({ role: "TECHNICIAN", technician: null });
  });

  it.each([
    { case: "too short", password: "short", problem: "auth.passwordPolicy.tooShort" },
    { case: "common", password: "password123", problem: "auth.passwordPolicy.tooCommon" },
    { case: "containing the email", password: "newhire-2026-start", problem: "auth.passwordPolicy.containsEmail" },
  ])("refuses a $case password and writes nothing", async ({ password, problem }) => {
    const before = await snapshot();
    const result = await createStaffMember(db, { input: { name: "New", email: "newhire@example.test", role: "DISPATCHER", password }, by: admin, now });
    expect(result).toEqual({ ok: false, code: "weak_password", fieldErrors: { password: problem } });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an email already used by staff or a customer, and writes nothing", async () => {
    const contact = await db.contact.create({ data: { firstName: "Alice", lastName: "Martin", email: "alice@example.test" } });
    await db.user.create({ data: { email: "alice@example.test", contactId: contact.id } });
    for (const email of ["dispatcher@example.test", "alice@example.test"]) {
      const before = await snapshot();
      const result = await createStaffMember(db, { input: { name: "Copy", email, role: "ADMIN", password: GOOD_PASSWORD }, by: admin, now });
      expect(result).toMatchObject({ ok: false, code: "email_taken" });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe("changing a role", () => {
  it("changes the role, ends the person's sessions and audit-logs from → to", async () => {
    const result = await changeStaffRole(db, { input: { userId: dispatcherId, role: "TECHNICIAN" }, by: admin, now });
    expect(result).toEqual({ ok: true, value: { changed: true, name: "dispatcher" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: dispatcherId } })).toMatchObject({ staffRole: "TECHNICIAN" });
    expect(await db.session.count({ where: { userId: dispatcherId } })).toBe(0);
    expect(await db.auditLog.findMany()).toMatchObject([
      { actorUserId: admin.userId, action: "staff.role_changed", entityId: dispatcherId, data: { from: "DISPATCHER", to: "TECHNICIAN", sessionsEnded: 2 } },
    ]);
  });

  it("does nothing (and logs nothing) when the role is the same", async () => {
    const before = await snapshot();
    expect(await changeStaffRole(db, { input: { userId: dispatcherId, role: "DISPATCHER" }, by: admin, now })).toEqual({ ok: true, value: { changed: false, name: "dispatcher" } });
    expect(await snapshot()).toEqual(before);
  });

  it("lets an admin demote another admin while one admin stays", async () => {
    expect(await changeStaffRole(db, { input: { userId: otherAdmin.userId, role: "DISPATCHER" }, by: admin, now })).toMatchObject({ ok: true });
  });
});

describe("disabling and enabling", () => {
  it("disables: no more sign-in, every open session ends at once, audit-logged", async () => {
    const token = await createSession(db, technicianId, now);
    expect(await findSessionUser(db, token, now)).not.toBeNull();

    expect(await disableStaffMember(db, { input: { userId: technicianId }, by: admin, now })).toEqual({ ok: true, value: { changed: true, name: "tech" } });
    expect(await findSessionUser(db, token, now)).toBeNull();
    expect(await db.session.count({ where: { userId: technicianId } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: technicianId } })).toMatchObject({ disabledAt: now });
    expect(await db.auditLog.findMany()).toMatchObject([{ action: "staff.disabled", entityId: technicianId, data: { sessionsEnded: 1 } }]);
  });

  it("enables again with the same role, audit-logged", async () => {
    await disableStaffMember(db, { input: { userId: technicianId }, by: admin, now });
    expect(await enableStaffMember(db, { input: { userId: technicianId }, by: admin, now })).toEqual({ ok: true, value: { changed: true, name: "tech" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: technicianId } })).toMatchObject({ disabledAt: null, staffRole: "TECHNICIAN" });
    expect((await db.auditLog.findMany({ orderBy: { action: "asc" } })).map((entry) => entry.action)).toEqual(["staff.disabled", "staff.enabled"]);
  });

  it("lists enabled staff first, by role then name, with their technician resource", async () => {
    await db.technician.create({
      data: {
        userId: technicianId,
        displayName: "Tech One",
        homeStreet: "1 rue de Rivoli",
        homePostalCode: "75001",
        homeCity: "Paris",
        homeCountry: "FR",
        homeLatitude: 48.86,
        homeLongitude: 2.35,
      },
    });
    await disableStaffMember(db, { input: { userId: dispatcherId }, by: admin, now });
    const members = await listStaffMembers(db);
    expect(members.map((member) => member.email)).toEqual([
      "admin@example.test",
      "second-admin@example.test",
      "tech@example.test",
      "dispatcher@example.test",
    ]);
    expect(members.find((member) => member.id === technicianId)).toMatchObject({ technician: { displayName: "Tech One", active: true } });
    expect(members.map((member) => member.email)).not.toContain("alice@example.test");
  });
});

describe("resetting a password", () => {
  it("sets the new password, ends every session, and logs without the password", async () => {
    const result = await resetStaffPassword(db, { input: { userId: dispatcherId, password: GOOD_PASSWORD }, by: admin, now });
    expect(result).toEqual({ ok: true, value: { changed: true, name: "dispatcher", sessionsEnded: 2 } });
    const user = await db.user.findUniqueOrThrow({ where: { id: dispatcherId } });
    expect(await verifyPassword(user.passwordHash!, GOOD_PASSWORD)).toBe(true);
    expect(await db.session.count({ where: { userId: dispatcherId } })).toBe(0);
    const audit = await db.auditLog.findMany();
    expect(audit).toMatchObject([{ action: "staff.password_reset", entityId: dispatcherId }]);
    expect(JSON.stringify(audit)).not.toContain(GOOD_PASSWORD);
  });

  it("refuses a password against the policy, changing nothing", async () => {
    const before = await snapshot();
    expect(await resetStaffPassword(db, { input: { userId: dispatcherId, password: "dispatcher-2026" }, by: admin, now })).toMatchObject({
      ok: false,
      code: "weak_password",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("refusals leave everything unchanged", () => {
  const MISSING = "00000000-0000-4000-8000-000000000000";
  const cases: { name: string; run: () => Promise<{ ok: boolean; code?: string }>; code: string }[] = [
    { name: "an admin changing their own role", run: () => changeStaffRole(db, { input: { userId: admin.userId, role: "DISPATCHER" }, by: admin, now }), code: "own_role" },
    { name: "an admin disabling themselves", run: () => disableStaffMember(db, { input: { userId: admin.userId }, by: admin, now }), code: "own_account" },
    { name: "an admin resetting their own password here", run: () => resetStaffPassword(db, { input: { userId: admin.userId, password: GOOD_PASSWORD }, by: admin, now }), code: "own_account" },
    { name: "a role change for a missing id", run: () => changeStaffRole(db, { input: { userId: MISSING, role: "ADMIN" }, by: admin, now }), code: "not_found" },
    { name: "disabling a missing id", run: () => disableStaffMember(db, { input: { userId: MISSING }, by: admin, now }), code: "not_found" },
    { name: "enabling a missing id", run: () => enableStaffMember(db, { input: { userId: MISSING }, by: admin, now }), code: "not_found" },
    { name: "resetting a missing id's password", run: () => resetStaffPassword(db, { input: { userId: MISSING, password: GOOD_PASSWORD }, by: admin, now }), code: "not_found" },
  ];
  for (const { name, run, code } of cases) {
    it(`refuses ${name} (${code})`, async () => {
      const before = await snapshot();
      expect(await run()).toMatchObject({ ok: false, code });
      expect(await snapshot()).toEqual(before);
    });
  }

  it("treats a customer's account as not a staff member (not_found), for every change", async () => {
    const contact = await db.contact.create({ data: { firstName: "Alice", lastName: "Martin", email: "alice@example.test" } });
    const customerId = (await db.user.create({ data: { email: "alice@example.test", contactId: contact.id, passwordHash: "x" } })).id;
    const before = await snapshot();
    const results = await Promise.all([
      changeStaffRole(db, { input: { userId: customerId, role: "ADMIN" }, by: admin, now }),
      disableStaffMember(db, { input: { userId: customerId }, by: admin, now }),
      enableStaffMember(db, { input: { userId: customerId }, by: admin, now }),
      resetStaffPassword(db, { input: { userId: customerId, password: GOOD_PASSWORD }, by: admin, now }),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the last enabled admin", () => {
  it("cannot be demoted or disabled", async () => {
    await disableStaffMember(db, { input: { userId: otherAdmin.userId }, by: admin, now });
    await db.auditLog.deleteMany();
    // Only `admin` is left; a (formerly) second admin acting on it is refused.
    const before = await snapshot();
    expect(await changeStaffRole(db, { input: { userId: admin.userId, role: "DISPATCHER" }, by: otherAdmin, now })).toMatchObject({ ok: false, code: "last_admin" });
    expect(await disableStaffMember(db, { input: { userId: admin.userId }, by: otherAdmin, now })).toMatchObject({ ok: false, code: "last_admin" });
    expect(await snapshot()).toEqual(before);
  });

  it("survives two admins demoting each other at the same instant: exactly one change wins", async () => {
    const results = await Promise.all([
      changeStaffRole(db, { input: { userId: otherAdmin.userId, role: "DISPATCHER" }, by: admin, now }),
      changeStaffRole(db, { input: { userId: admin.userId, role: "DISPATCHER" }, by: otherAdmin, now }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ code: "last_admin" });
    expect(await db.user.count({ where: { staffRole: "ADMIN", disabledAt: null } })).toBe(1);
  });

  it("survives two admins disabling each other at the same instant", async () => {
    const results = await Promise.all([
      disableStaffMember(db, { input: { userId: otherAdmin.userId }, by: admin, now }),
      disableStaffMember(db, { input: { userId: admin.userId }, by: otherAdmin, now }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { staffRole: "ADMIN", disabledAt: null } })).toBe(1);
    expect(await db.auditLog.count()).toBe(1);
  });
});
