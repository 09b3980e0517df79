// lib/db/index.ts: the app's `db`, created from DATABASE_URL on first use (not on import, so
// `next build` can import server modules without a database).
import { afterAll, describe, expect, it } from "vitest";
import { db, SETTINGS_ID } from "@/lib/db";
import { setUpTestDatabase } from "../../support/database";

const { url } = await setUpTestDatabase();
process.env.DATABASE_URL = url;
afterAll(() => db.$disconnect());

describe("db", () => {
  it("runs model queries, raw queries and interactive transactions on DATABASE_URL", async () => {
    await db.settings.create({ data: { id: SETTINGS_ID, companyName: "Brightwater Services" } });

    const inTransaction = await db.$transaction(async (tx) => {
      await tx.settings.update({ where: { id: SETTINGS_ID }, data: { trackingEnabled: false } });
      return tx.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID } });
    });
    const [row] = await db.$queryRaw<{ database: string }[]>`SELECT current_database() AS database`;

    expect(inTransaction).toMatchObject({ companyName: "Brightwater Services", trackingEnabled: false });
    expect(row?.database).toBe(new URL(url).pathname.slice(1));
  });

  it("rolls a failed transaction back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.settings.update({ where: { id: SETTINGS_ID }, data: { companyName: "Renamed" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");

    expect((await db.settings.findUniqueOrThrow({ where: { id: SETTINGS_ID } })).companyName).toBe("Brightwater Services");
  });
});
