// lib/identity web roles: assign and remove on a contact, add custom roles; audited, and
// refused to staff without the permission with nothing changed.
import { describe, expect, it } from "vitest";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { assignWebRole, createWebRole, listWebRoles, removeWebRole } from "@/lib/identity";
import { setUpTestDatabase } from "../../support/database";
import { createContactRow, setUpIdentity } from "./identity-fixture";

const { db } = await setUpTestDatabase();
const { admin, dispatcher, technician } = await setUpIdentity(db);
const now = new Date("2026-03-02T09:00:00Z");
const apiRole = await db.webRole.findUniqueOrThrow({ where: { key: BUILT_IN_WEB_ROLE_KEYS.webApiUsers } });

describe("web roles on a contact", () => {
  it("are assigned and removed by a dispatcher, each change audited with who and which role", async () => {
    const contact = await createContactRow(db);
    expect(await assignWebRole(db, { contactId: contact.id, webRoleId: apiRole.id, by: dispatcher, now })).toEqual({ ok: true, value: undefined });
    expect(await db.contactWebRole.findUnique({ where: { contactId_webRoleId: { contactId: contact.id, webRoleId: apiRole.id } } })).toMatchObject({
      assignedById: dispatcher.userId,
      assignedAt: now,
    });
    expect(await assignWebRole(db, { contactId: contact.id, webRoleId: apiRole.id, by: dispatcher, now })).toEqual({ ok: false, code: "already_assigned" });

    expect(await removeWebRole(db, { contactId: contact.id, webRoleId: apiRole.id, by: dispatcher, now })).toEqual({ ok: true, value: undefined });
    expect(await db.contactWebRole.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await removeWebRole(db, { contactId: contact.id, webRoleId: apiRole.id, by: dispatcher, now })).toEqual({ ok: false, code: "not_found" });

    const audit = await db.auditLog.findMany({ where: { entityType: "contact", entityId: contact.id }, orderBy: { action: "asc" } });
    expect(audit).toMatchObject([
      { action: "web_role.assigned", actorUserId: dispatcher.userId, data: { webRoleId: apiRole.id, webRoleKey: "web_api_users", webRoleName: "Web API users" } },
      { action: "web_role.removed", actorUserId: dispatcher.userId, data: { webRoleId: apiRole.id, webRoleKey: "web_api_users" } },
    ]);
  });

  it("are refused to a technician, for an unknown contact or role, and another contact's assignment is not reached: rows unchanged", async () => {
    const contact = await createContactRow(db);
    const other = await createContactRow(db);
    await assignWebRole(db, { contactId: other.id, webRoleId: apiRole.id, by: dispatcher, now });
    const auditBefore = await db.auditLog.count();

    expect(await assignWebRole(db, { contactId: contact.id, webRoleId: apiRole.id, by: technician, now })).toEqual({ ok: false, code: "forbidden" });
    expect(await removeWebRole(db, { contactId: other.id, webRoleId: apiRole.id, by: technician, now })).toEqual({ ok: false, code: "forbidden" });
    expect(await assignWebRole(db, { contactId: crypto.randomUUID(), webRoleId: apiRole.id, by: dispatcher, now })).toEqual({ ok: false, code: "not_found" });
    expect(await assignWebRole(db, { contactId: contact.id, webRoleId: crypto.randomUUID(), by: dispatcher, now })).toEqual({ ok: false, code: "role_not_found" });
    expect(await removeWebRole(db, { contactId: contact.id, webRoleId: apiRole.id, by: dispatcher, now })).toEqual({ ok: false, code: "not_found" });

    expect(await db.contactWebRole.count({ where: { contactId: contact.id } })).toBe(0);
    expect(await db.contactWebRole.count({ where: { contactId: other.id } })).toBe(1);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe("custom web roles", () => {
  it("are added by admins, audited, and listed after the built-in ones", async () => {
    const result = await createWebRole(db, { input: { name: "Installers", description: "Partners who install heat pumps." }, by: admin, now });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(await db.auditLog.findFirst({ where: { entityId: result.value.webRoleId } })).toMatchObject({
      action: "web_role.created",
      actorUserId: admin.userId,
      entityType: "web_role",
      data: { name: "Installers" },
    });
    const roles = await listWebRoles(db);
    expect(roles.map((role) => [role.name, role.builtIn])).toEqual([
      ["Authenticated users", true],
      ["Web API users", true],
      ["Installers", false],
    ]);
  });

  it("keep names unique whatever the case, and are refused to dispatchers", async () => {
    expect(await createWebRole(db, { input: { name: "web api USERS", description: null }, by: admin, now })).toMatchObject({
      ok: false,
      code: "name_taken",
    });
    const count = await db.webRole.count();
    expect(await createWebRole(db, { input: { name: "Billing", description: null }, by: dispatcher, now })).toEqual({ ok: false, code: "forbidden" });
    expect(await db.webRole.count()).toBe(count);
  });
});
