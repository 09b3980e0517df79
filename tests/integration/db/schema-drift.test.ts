// prisma/schema.prisma is the truth; the migrations must build exactly that database. Offline,
// Prisma cannot diff migrations against a schema (stack-notes.md), so this test builds both
// databases and compares their catalogues:
//   A: every migration applied (the template each test database is cloned from),
//   B: `prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma` applied.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { readMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrate";
import { prismaMigrateDiff, SCHEMA_SNAPSHOT_FILE } from "@/scripts/prisma/migrate-diff";
import { createDatabase } from "../../support/database";
import { schemaCatalogue } from "../../support/schema-catalogue";

const schemaPath = path.resolve(DEFAULT_MIGRATIONS_DIR, "..", "schema.prisma");

/** Schema text without comments and layout, which `prisma format` and doc edits change. */
function normalizedSchema(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/(^|\s)\/\/.*$/, "").trim().replace(/\s+/g, " "))
    .filter((line) => line !== "")
    .join("\n");
}

describe("schema drift", () => {
  it("the migrations build the database prisma/schema.prisma describes", async () => {
    const fromMigrations = await createDatabase();
    const fromSchema = await createDatabase({ migrated: false });
    try {
      const sql = await prismaMigrateDiff({ fromSchemaPath: null, toSchemaPath: schemaPath, databaseUrl: fromSchema.url });
      const client = new pg.Client({ connectionString: fromSchema.url });
      await client.connect();
      await client.query(sql).finally(() => client.end());

      const migrated = await schemaCatalogue(fromMigrations.url);
      const described = await schemaCatalogue(fromSchema.url);
      const onlyInMigrations = migrated.filter((line) => !described.includes(line));
      const onlyInSchemaPrisma = described.filter((line) => !migrated.includes(line));

      expect(
        { onlyInMigrations, onlyInSchemaPrisma },
        "prisma/schema.prisma and prisma/migrations disagree: run `npm run db:new-migration -- <name>` after changing the schema",
      ).toEqual({ onlyInMigrations: [], onlyInSchemaPrisma: [] });
      expect(migrated.length).toBeGreaterThan(100);
    } finally {
      await fromMigrations.drop();
      await fromSchema.drop();
    }
  });

  it("the latest migration's schema snapshot is prisma/schema.prisma, so the next migration diffs from it", () => {
    const latest = readMigrations().at(-1);
    expect(latest, "no migration in prisma/migrations").toBeDefined();
    const snapshot = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, latest!.name, SCHEMA_SNAPSHOT_FILE), "utf8");

    expect(normalizedSchema(snapshot), `${latest!.name}/${SCHEMA_SNAPSHOT_FILE} differs from prisma/schema.prisma`).toBe(
      normalizedSchema(readFileSync(schemaPath, "utf8")),
    );
  });
});
