// lib/catalogue and lib/settings (issue 6 part 1): admins change the catalogue and the portal
// settings; each change writes its audit row in the same transaction; refusals (bad input,
// a dispatcher) change nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type StaffActor } from "@/lib/auth";
import {
  addTimeOff,
  createProductType,
  createService,
  createSkill,
  createTechnician,
  removeTimeOff,
  setProductTypeActive,
  setWorkingHours,
  updateService,
  updateTechnician,
} from "@/lib/catalogue";
import {
  AddTimeOffInput,
  CreateTechnicianInput,
  ServiceInput,
  SetWorkingHoursInput,
} from "@/lib/catalogue/schemas";
import { updatePortalSettings } from "@/lib/settings";
import { PortalSettingsInput } from "@/lib/settings/schemas";
import { ensureReferenceData } from "@/lib/db/reference-data";
import { SETTINGS_ID } from "@/lib/db/types";
import { setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();
const now = new Date("2026-03-02T09:00:00Z");

let admin: StaffActor;
let dispatcher: StaffActor;

async function staff(role: "ADMIN" | "DISPATCHER" | "TECHNICIAN"): Promise<StaffActor> {
  const name = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`;
  const user = await db.user.create({ data: { email: `${name}@staff.test`, name, staffRole: role } });
  return { kind: "staff", userId: user.id, role, email: user.email, name: user.name };
}

/** Every catalogue table and the audit log, to compare before and after a refusal. */
async function snapshot() {
  const [productTypes, services, serviceSkills, skills, technicians, technicianSkills, workingHours, timeOff, settings, auditLogs] = await Promise.all([
    db.productType.findMany({ orderBy: { id: "asc" } }),
    db.service.findMany({ orderBy: { id: "asc" } }),
    db.serviceSkill.findMany({ orderBy: [{ serviceId: "asc" }, { skillId: "asc" }] }),
    db.skill.findMany({ orderBy: { id: "asc" } }),
    db.technician.findMany({ orderBy: { id: "asc" } }),
    db.technicianSkill.findMany({ orderBy: [{ technicianId: "asc" }, { skillId: "asc" }] }),
    db.workingHours.findMany({ orderBy: { id: "asc" } }),
    db.timeOff.findMany({ orderBy: { id: "asc" } }),
    db.settings.findUnique({ where: { id: SETTINGS_ID } }),
    db.auditLog.count(),
  ]);
  return { productTypes, services, serviceSkills, skills, technicians, technicianSkills, workingHours, timeOff, settings, auditLogs };
}

async function auditRows(entityId: string) {
  return db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" }, select: { action: true, actorUserId: true, data: true } });
}

async function newSkill(name = `Skill ${randomUUID().slice(0, 8)}`) {
  const result = await createSkill(db, { input: { name }, by: admin, now });
  if (!result.ok) throw new Error(result.code);
  return result.value.skillId;
}

async function newProductType() {
  const result = await createProductType(db, { input: { name: `Heat pump ${randomUUID().slice(0, 8)}`, description: null }, by: admin, now });
  if (!result.ok) throw new Error(result.code);
  return result.value.productTypeId;
}

async function newTechnician() {
  const user = await staff("TECHNICIAN");
  const input = CreateTechnicianInput.parse({
    userId: user.userId,
    displayName: "Hugo Bernard",
    homeStreet: "3 rue des Lilas",
    homePostalCode: "69003",
    homeCity: "Lyon",
    homeCountry: "France",
    homeLatitude: "45.76",
    homeLongitude: "4.85",
    timeZone: "Europe/Paris",
    color: "#2563EB",
    skillIds: [],
  });
  const result = await createTechnician(db, { input, by: admin, now });
  if (!result.ok) throw new Error(result.code);
  return result.value.technicianId;
}

beforeAll(async () => {
  await ensureReferenceData(db);
  await db.settings.update({ where: { id: SETTINGS_ID }, data: { companyName: "Brightwater Services" } });
  admin = await staff("ADMIN");
  dispatcher = await staff("DISPATCHER");
});

describe("services", () => {
  it("creates a service with its required skills, and audit-logs it by the admin", async () => {
    const [productTypeId, skillId] = await Promise.all([newProductType(), newSkill()]);
    const input = ServiceInput.parse({
      productTypeId,
      name: "  Annual maintenance ",
      description: "",
      durationMinutes: "90",
      bufferAfterMinutes: "15",
      priceCents: "12900",
      skillIds: [skillId, skillId],
    });
    const result = await createService(db, { input, by: admin, now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const service = await db.service.findUniqueOrThrow({ where: { id: result.value.serviceId }, include: { skills: true } });
    expect(service).toMatchObject({ name: "Annual maintenance", description: null, durationMinutes: 90, bufferAfterMinutes: 15, priceCents: 12900, active: true });
    expect(service.skills.map((skill) => skill.skillId)).toEqual([skillId]);
    expect(await auditRows(service.id)).toEqual([expect.objectContaining({ action: "service.created", actorUserId: admin.userId })]);
  });

  it("replaces the skills on update and records before and after", async () => {
    const [productTypeId, first, second] = await Promise.all([newProductType(), newSkill(), newSkill()]);
    const base = { productTypeId, name: "Repair", durationMinutes: 60, bufferAfterMinutes: 0, priceCents: null, skillIds: [first] };
    const created = await createService(db, { input: ServiceInput.parse(base), by: admin, now });
    if (!created.ok) throw new Error(created.code);
    const serviceId = created.value.serviceId;
    const updated = await updateService(db, { input: { ...ServiceInput.parse({ ...base, durationMinutes: 120, skillIds: [second] }), serviceId }, by: admin, now });
    expect(updated.ok).toBe(true);
    expect((await db.serviceSkill.findMany({ where: { serviceId } })).map((row) => row.skillId)).toEqual([second]);
    const rows = await auditRows(serviceId);
    expect(rows.map((row) => row.action)).toEqual(["service.created", "service.updated"]);
    expect(rows[1]?.data).toMatchObject({ before: { durationMinutes: 60, skillIds: [first] }, after: { durationMinutes: 120, skillIds: [second] } });
  });

  it("refuses a zero duration, a negative buffer and an unknown skill in the schema", () => {
    const parsed = ServiceInput.safeParse({ productTypeId: randomUUID(), name: "", durationMinutes: 0, bufferAfterMinutes: -5, priceCents: -1, skillIds: ["nope"] });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["name", "durationMinutes", "bufferAfterMinutes", "priceCents", "skillIds"]));
  });

  it("refuses a skill that does not exist and changes nothing", async () => {
    const productTypeId = await newProductType();
    const before = await snapshot();
    const input = ServiceInput.parse({ productTypeId, name: "Ghost", durationMinutes: 60, bufferAfterMinutes: 0, priceCents: "", skillIds: [randomUUID()] });
    expect(await createService(db, { input, by: admin, now })).toMatchObject({ ok: false, code: "not_found", fieldErrors: { skillIds: "admin.catalogue.errors.skillUnknown" } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("a dispatcher", () => {
  it("is refused every catalogue and settings change, and nothing changes", async () => {
    const [productTypeId, technicianId] = await Promise.all([newProductType(), newTechnician()]);
    const before = await snapshot();
    const by = dispatcher;
    const results = await Promise.all([
      createSkill(db, { input: { name: "Sneaky" }, by, now }),
      createProductType(db, { input: { name: "Sneaky", description: null }, by, now }),
      setProductTypeActive(db, { input: { productTypeId, active: false }, by, now }),
      createService(db, { input: ServiceInput.parse({ productTypeId, name: "Sneaky", durationMinutes: 30, bufferAfterMinutes: 0, skillIds: [] }), by, now }),
      setWorkingHours(db, { input: { technicianId, ranges: [] }, by, now }),
      addTimeOff(db, { input: AddTimeOffInput.parse({ technicianId, startsAtLocal: "2026-03-10T08:00", endsAtLocal: "2026-03-10T12:00" }), by, now }),
      updatePortalSettings(db, { input: PortalSettingsInput.parse({ timeZone: "Asia/Kolkata", minimumNoticeMinutes: 0, bookingHorizonDays: 10, slotStepMinutes: 15, rescheduleCutoffMinutes: 0, cancelCutoffMinutes: 0, maxReschedules: 9, trackingEnabled: false }), by, now }),
    ]);
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("product types", () => {
  it("deactivates a product type with an audit row, and refuses a duplicate name", async () => {
    const productTypeId = await newProductType();
    const { name } = await db.productType.findUniqueOrThrow({ where: { id: productTypeId } });
    expect(await setProductTypeActive(db, { input: { productTypeId, active: false }, by: admin, now })).toMatchObject({ ok: true });
    expect((await db.productType.findUniqueOrThrow({ where: { id: productTypeId } })).active).toBe(false);
    expect((await auditRows(productTypeId)).map((row) => row.action)).toEqual(["product_type.created", "product_type.deactivated"]);
    const before = await snapshot();
    expect(await createProductType(db, { input: { name, description: null }, by: admin, now })).toMatchObject({ ok: false, code: "name_taken" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("technicians", () => {
  it("updates the home base and skills with an audit row", async () => {
    const [technicianId, skillId] = await Promise.all([newTechnician(), newSkill()]);
    const technician = await db.technician.findUniqueOrThrow({ where: { id: technicianId } });
    const { id: _id, userId: _userId, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = technician;
    const result = await updateTechnician(db, { input: { ...fields, homeCity: "Villeurbanne", skillIds: [skillId], technicianId }, by: admin, now });
    expect(result.ok).toBe(true);
    expect(await db.technician.findUniqueOrThrow({ where: { id: technicianId }, include: { skills: true } })).toMatchObject({ homeCity: "Villeurbanne", skills: [{ skillId }] });
    expect((await auditRows(technicianId)).map((row) => row.action)).toEqual(["technician.created", "technician.updated"]);
  });

  it("refuses an unknown zone and a colour that is not hex", () => {
    const parsed = CreateTechnicianInput.safeParse({ userId: randomUUID(), displayName: "A", homeStreet: "x", homePostalCode: "1", homeCity: "c", homeCountry: "F", homeLatitude: 91, homeLongitude: 0, timeZone: "+02:00", color: "blue", skillIds: [] });
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(["timeZone", "color", "homeLatitude"]));
  });

  it("replaces the weekly hours with breaks inside work, audit-logged", async () => {
    const technicianId = await newTechnician();
    const week = SetWorkingHoursInput.parse({
      technicianId,
      ranges: [
        { weekday: 1, kind: "WORK", startTime: "08:00", endTime: "17:00" },
        { weekday: 1, kind: "BREAK", startTime: "12:00", endTime: "13:00" },
        { weekday: 2, kind: "WORK", startTime: "08:00", endTime: "12:00" },
      ],
    });
    expect(await setWorkingHours(db, { input: week, by: admin, now })).toMatchObject({ ok: true });
    const replaced = SetWorkingHoursInput.parse({ technicianId, ranges: [{ weekday: 3, kind: "WORK", startTime: "09:00", endTime: "24:00" }] });
    expect(await setWorkingHours(db, { input: replaced, by: admin, now })).toMatchObject({ ok: true });
    const rows = await db.workingHours.findMany({ where: { technicianId }, select: { weekday: true, kind: true, startTime: true, endTime: true } });
    expect(rows).toEqual([{ weekday: 3, kind: "WORK", startTime: "09:00", endTime: "24:00" }]);
    const audit = await auditRows(technicianId);
    expect(audit.map((row) => row.action)).toEqual(["technician.created", "technician.working_hours_set", "technician.working_hours_set"]);
  });

  it("refuses end before start, a bad time, a break outside work and overlapping work", () => {
    const technicianId = randomUUID();
    const refused = (ranges: unknown[]) => SetWorkingHoursInput.safeParse({ technicianId, ranges }).error?.issues.map((issue) => issue.message);
    expect(refused([{ weekday: 1, kind: "WORK", startTime: "17:00", endTime: "08:00" }])).toEqual(["admin.catalogue.errors.endBeforeStart"]);
    expect(refused([{ weekday: 1, kind: "WORK", startTime: "8:00", endTime: "25:00" }])).toContain("admin.catalogue.errors.timeInvalid");
    expect(
      refused([
        { weekday: 1, kind: "WORK", startTime: "08:00", endTime: "12:00" },
        { weekday: 2, kind: "BREAK", startTime: "10:00", endTime: "11:00" },
      ]),
    ).toEqual(["admin.catalogue.errors.breakOutsideWork"]);
    expect(
      refused([
        { weekday: 1, kind: "WORK", startTime: "08:00", endTime: "12:00" },
        { weekday: 1, kind: "WORK", startTime: "11:00", endTime: "15:00" },
      ]),
    ).toContain("admin.catalogue.errors.workOverlaps");
  });

  it("adds time off as wall times in the technician's zone and removes it, both audit-logged", async () => {
    const technicianId = await newTechnician();
    // Paris springs forward on 2026-03-29: 08:00 CET is 07:00Z, 18:00 CEST the next day is 16:00Z.
    const added = await addTimeOff(db, { input: AddTimeOffInput.parse({ technicianId, startsAtLocal: "2026-03-28T08:00", endsAtLocal: "2026-03-29T18:00", reason: "Training" }), by: admin, now });
    if (!added.ok) throw new Error(added.code);
    const row = await db.timeOff.findUniqueOrThrow({ where: { id: added.value.timeOffId } });
    expect([row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual(["2026-03-28T07:00:00.000Z", "2026-03-29T16:00:00.000Z"]);
    expect(await removeTimeOff(db, { input: { timeOffId: row.id }, by: admin, now })).toMatchObject({ ok: true, value: { technicianId } });
    expect(await db.timeOff.count({ where: { technicianId } })).toBe(0);
    expect((await auditRows(technicianId)).map((audit) => audit.action)).toEqual(["technician.created", "technician.time_off_added", "technician.time_off_removed"]);
  });

  it("refuses time off that ends before it starts", () => {
    const parsed = AddTimeOffInput.safeParse({ technicianId: randomUUID(), startsAtLocal: "2026-03-10T12:00", endsAtLocal: "2026-03-10T08:00" });
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["endsAtLocal"], message: "admin.catalogue.errors.endBeforeStart" })]);
  });
});

describe("portal settings", () => {
  const good = { timeZone: "America/New_York", minimumNoticeMinutes: "240", bookingHorizonDays: "30", slotStepMinutes: "15", rescheduleCutoffMinutes: "720", cancelCutoffMinutes: "1440", maxReschedules: "2", trackingEnabled: false };

  it("saves the settings and audit-logs what changed", async () => {
    const result = await updatePortalSettings(db, { input: PortalSettingsInput.parse(good), by: admin, now });
    expect(result.ok).toBe(true);
    expect(await db.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID } })).toMatchObject({
      timeZone: "America/New_York", minimumNoticeMinutes: 240, bookingHorizonDays: 30, slotStepMinutes: 15, rescheduleCutoffMinutes: 720, cancelCutoffMinutes: 1440, maxReschedules: 2, trackingEnabled: false,
    });
    const [audit] = await db.auditLog.findMany({ where: { action: "portal_settings.updated" } });
    expect(audit?.data).toMatchObject({ after: { timeZone: "America/New_York", slotStepMinutes: 15 } });
  });

  it("refuses an unknown zone, a negative cutoff and an odd slot step", () => {
    const parsed = PortalSettingsInput.safeParse({ ...good, timeZone: "Mars/Olympus", cancelCutoffMinutes: "-1", slotStepMinutes: "7" });
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["cancelCutoffMinutes", "slotStepMinutes", "timeZone"]);
  });
});
