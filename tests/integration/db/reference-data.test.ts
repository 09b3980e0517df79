// lib/db/reference-data.ts: rows every database needs, created on every start without
// overwriting what staff changed.
import { describe, expect, it } from "vitest";
import { BUILT_IN_WEB_ROLE_KEYS, ensureReferenceData } from "@/lib/db/reference-data";
import { setUpTestDatabase } from "../../support/database";

const { db } = await setUpTestDatabase();

describe("ensureReferenceData", () => {
  it("creates the settings row, the built-in web roles and a notification setting per kind", async () => {
    await ensureReferenceData(db);

    expect(await db.settings.findMany({ select: { id: true, companyName: true, timeZone: true } })).toEqual([
      { id: 1, companyName: "Fieldbook", timeZone: "Europe/Paris" },
    ]);
    expect((await db.webRole.findMany({ orderBy: { key: "asc" } })).map(({ key, name, builtIn }) => ({ key, name, builtIn }))).toEqual([
      { key: BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers, name: "Authenticated users", builtIn: true },
      { key: BUILT_IN_WEB_ROLE_KEYS.webApiUsers, name: "Web API users", builtIn: true },
    ]);
    expect((await db.notificationSetting.findMany()).map((setting) => setting.kind).sort()).toEqual([
      "BOOKING_CONFIRMATION",
      "CANCELLED",
      "INVITATION",
      "PASSWORD_RESET",
      "REMINDER",
      "RESCHEDULED",
      "TECHNICIAN_ON_THE_WAY",
      "VISIT_COMPLETED",
    ]);
  });

  it("adds nothing and overwrites nothing when run again, even concurrently", async () => {
    await db.settings.update({ where: { id: 1 }, data: { companyName: "Acme Heating" } });
    await db.notificationSetting.update({ where: { kind: "REMINDER" }, data: { enabled: false } });

    await Promise.all([ensureReferenceData(db), ensureReferenceData(db)]);

    expect(await db.settings.findMany({ select: { companyName: true } })).toEqual([{ companyName: "Acme Heating" }]);
    expect(await db.webRole.count()).toBe(2);
    expect(await db.notificationSetting.count()).toBe(8);
    expect(await db.notificationSetting.findUniqueOrThrow({ where: { kind: "REMINDER" } })).toMatchObject({ enabled: false });
  });

  it("keeps Settings to a single row", async () => {
    await expect(db.settings.create({ data: { id: 2, companyName: "Second company" } })).rejects.toThrow();
    expect(await db.settings.count()).toBe(1);
  });
});
