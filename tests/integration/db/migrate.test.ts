// lib/db/migrate.ts: our migration runner, recording in _prisma_migrations like Prisma does.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MigrationError, readMigrations } from "@/lib/db/migrate";
import { createDatabase, type TestDatabase } from "../../support/database";

const databases: TestDatabase[] = [];
const scratchDirs: string[] = [];
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createDatabase({ migrated: false });
  databases.push(database);
  return database;
}

/** A copy of prisma/migrations the test may edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "fieldbook-migrations-"));
  scratchDirs.push(dir);
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
  rolled_back_at: Date | null;
}

const migrationRows = (url: string) => query<MigrationRow>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
const tableExists = async (url: string, table: string) =>
  (await query<{ exists: boolean }>(url, `SELECT to_regclass('public.${table}') IS NOT NULL AS exists`))[0]!.exists;

describe("applyMigrations", () => {
  it("applies every migration once and records it as Prisma does", async () => {
    const database = await emptyDatabase();
    const migrations = readMigrations();

    const first = await applyMigrations(database.url);
    const rowsAfterFirst = await migrationRows(database.url);
    const second = await applyMigrations(database.url);

    expect(first).toEqual({ applied: migrations.map((migration) => migration.name), alreadyApplied: 0 });
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });
    expect(await migrationRows(database.url)).toEqual(rowsAfterFirst);
    expect(rowsAfterFirst).toHaveLength(migrations.length);
    for (const [index, row] of rowsAfterFirst.entries()) {
      const file = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row).toMatchObject({
        migration_name: migrations[index]!.name,
        checksum: createHash("sha256").update(file).digest("hex"),
        applied_steps_count: 1,
        logs: null,
        rolled_back_at: null,
      });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(await tableExists(database.url, "appointments")).toBe(true);
  });

  it("lets `prisma migrate status` agree that the database is up to date", async () => {
    const database = await emptyDatabase();
    await applyMigrations(database.url);

    const require = createRequire(import.meta.url);
    const status = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        process.execPath,
        [require.resolve("prisma/build/index.js"), "migrate", "status"],
        { env: { ...process.env, DATABASE_URL: database.url, CHECKPOINT_DISABLE: "1" } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });

    expect(status.output).toContain("Database schema is up to date!");
    expect(status.code).toBe(0);
  });

  it("serialises concurrent runs: each migration is applied exactly once", async () => {
    const database = await emptyDatabase();

    const results = await Promise.all([applyMigrations(database.url), applyMigrations(database.url), applyMigrations(database.url)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual(readMigrations().map((migration) => migration.name));
    expect(await migrationRows(database.url)).toHaveLength(readMigrations().length);
  });

  it("refuses to go on when an applied migration was modified", async () => {
    const database = await emptyDatabase();
    const migrationsDir = copyOfMigrations();
    await applyMigrations(database.url, { migrationsDir });
    const rowsBefore = await migrationRows(database.url);
    const [first] = readMigrations(migrationsDir);
    appendFileSync(path.join(migrationsDir, first!.name, "migration.sql"), "\nCREATE TABLE sneaky (id int);\n");
    mkdirSync(path.join(migrationsDir, "29990101000000_later"));
    writeFileSync(path.join(migrationsDir, "29990101000000_later", "migration.sql"), "CREATE TABLE later (id int);\n");

    const error = await applyMigrations(database.url, { migrationsDir }).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(`Migration ${first!.name} was modified after it was applied`);
    expect(await migrationRows(database.url)).toEqual(rowsBefore);
    expect(await tableExists(database.url, "later")).toBe(false);
    expect(await tableExists(database.url, "sneaky")).toBe(false);
  });

  it("rolls a failing migration back entirely, records nothing, and applies it once fixed", async () => {
    const database = await emptyDatabase();
    const migrationsDir = copyOfMigrations();
    const broken = path.join(migrationsDir, "29990101000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), "CREATE TABLE half_done (id int);\nALTER TABLE no_such_table ADD COLUMN x int;\n");

    const error = await applyMigrations(database.url, { migrationsDir }).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/29990101000000_broken failed and was rolled back: .*no_such_table/);
    expect(await tableExists(database.url, "half_done")).toBe(false);
    expect((await migrationRows(database.url)).map((row) => row.migration_name)).toEqual(readMigrations().map((migration) => migration.name));

    writeFileSync(path.join(broken, "migration.sql"), "CREATE TABLE half_done (id int);\n");
    expect(await applyMigrations(database.url, { migrationsDir })).toMatchObject({ applied: ["29990101000000_broken"] });
    expect(await tableExists(database.url, "half_done")).toBe(true);
  });

  it("keeps migrations deployable by `prisma migrate deploy`, which splits scripts on every ';'", () => {
    // The pg driver adapter cuts a script at each ';', even inside a comment or a string.
    const offending = readMigrations().flatMap((migration) =>
      migration.sql.split("\n").flatMap((line, index) => {
        const comment = line.indexOf("--");
        const code = comment === -1 ? line : line.slice(0, comment);
        const inComment = comment !== -1 && line.slice(comment).includes(";");
        const inString = /'[^']*;[^']*'/.test(code);
        return inComment || inString ? [`${migration.name}/migration.sql:${index + 1}: ${line.trim()}`] : [];
      }),
    );
    expect(offending).toEqual([]);
  });
});
