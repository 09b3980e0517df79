/**
 * Applies prisma/migrations to a database, recording them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` does, so `prisma migrate status` agrees. Ours because `migrate deploy`
 * needs ~11 s to exit and runs a migration's statements without a transaction.
 *
 * - Migrations run in folder-name order, each in its own transaction: a failing one leaves
 *   nothing behind and is not recorded, so fixing it and starting again is enough.
 * - An applied migration whose file changed (checksum = SHA-256 hex of migration.sql) stops
 *   everything: write a new migration instead of editing an applied one.
 * - Prisma's own advisory lock serialises concurrent runs (ours or `prisma migrate deploy`).
 * - A migration must be able to run inside a transaction (no CREATE INDEX CONCURRENTLY), and
 *   must keep ';' out of comments and string literals: `prisma migrate deploy` through the pg
 *   adapter splits scripts on every ';'.
 */
import { randomUUID, createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const DEFAULT_MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../prisma/migrations");

/** The key `prisma migrate` locks (schema-engine's postgres connector). */
const PRISMA_MIGRATE_ADVISORY_LOCK = 72707369;

/** Same definition as the table Prisma creates. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface ApplyMigrationsOptions {
  log?: (line: string) => void;
  /** Folder holding `<name>/migration.sql` folders (default: the repository's prisma/migrations). */
  migrationsDir?: string;
}

export interface ApplyMigrationsResult {
  /** Names of the migrations this call applied, in order. */
  applied: string[];
  /** How many were already applied before this call. */
  alreadyApplied: number;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** The migrations in a folder, in the order they apply (their names start with a timestamp). */
export function readMigrations(migrationsDir: string = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

export async function applyMigrations(connectionString: string, options: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const appliedByName = new Map(rows.map((row) => [row.migration_name, row]));

    const unfinished = rows.find((row) => row.finished_at === null);
    if (unfinished) {
      throw new MigrationError(
        `Migration ${unfinished.migration_name} started but never finished (a failed \`prisma migrate deploy\`?). ` +
          `Repair the database, then mark it with \`prisma migrate resolve --applied|--rolled-back ${unfinished.migration_name}\`.`,
      );
    }
    for (const migration of migrations) {
      const applied = appliedByName.get(migration.name);
      if (applied && applied.checksum !== migration.checksum) {
        throw new MigrationError(
          `Migration ${migration.name} was modified after it was applied (checksum ${applied.checksum} in the database, ` +
            `${migration.checksum} on disk). Restore the file and put the change in a new migration.`,
        );
      }
    }

    const pending = migrations.filter((migration) => !appliedByName.has(migration.name));
    for (const migration of pending) {
      log(`Applying migration ${migration.name}`);
      await client.query("BEGIN");
      try {
        const id = randomUUID();
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        // clock_timestamp(): now() is frozen at the transaction's start.
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
    if (pending.length === 0) log("Database schema is up to date");
    return { applied: pending.map((migration) => migration.name), alreadyApplied: migrations.length - pending.length };
  } finally {
    // Closing the session releases the advisory lock too.
    await client.end();
  }
}
