/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/ with
 *  - migration.sql: the SQL from the previous migration's schema snapshot to prisma/schema.prisma
 *    (`prisma migrate dev` and `--from-migrations` need a native engine this project cannot
 *    download, design/stack-notes.md), and
 *  - schema.snapshot.prisma: a copy of prisma/schema.prisma, the starting point of the next one.
 * Add any hand-written SQL (constraints Prisma cannot express) at the end of migration.sql,
 * below a "Hand-written" comment, and keep ';' out of comments (lib/db/migrate.ts).
 *
 * Needs a PostgreSQL server for the CLI: DATABASE_URL when set (nothing is written to it),
 * otherwise a temporary embedded one.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startTemporaryPostgres } from "./postgres/temporary";
import { SCHEMA_SNAPSHOT_FILE, isEmptyMigration, prismaMigrateDiff } from "./prisma/migrate-diff";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
const migrationsDir = path.join(repoRoot, "prisma", "migrations");

function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function latestSnapshot(): string | null {
  const folders = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const latest = folders.at(-1);
  if (latest === undefined) return null;
  const snapshot = path.join(migrationsDir, latest, SCHEMA_SNAPSHOT_FILE);
  if (!existsSync(snapshot)) {
    throw new Error(`${path.relative(repoRoot, snapshot)} is missing: restore it (git show <commit>:prisma/schema.prisma) to diff from it.`);
  }
  return snapshot;
}

const name = process.argv[2];
if (!name || !/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}

mkdirSync(migrationsDir, { recursive: true });
const fromSchemaPath = latestSnapshot();
const temporaryServer = process.env.DATABASE_URL ? undefined : await startTemporaryPostgres({ label: "new-migration" });
try {
  const databaseUrl = process.env.DATABASE_URL ?? temporaryServer!.url();
  const sql = await prismaMigrateDiff({ fromSchemaPath, toSchemaPath: schemaPath, databaseUrl });
  if (isEmptyMigration(sql)) {
    console.log("prisma/schema.prisma has not changed since the last migration: nothing to write.");
  } else {
    const folder = path.join(migrationsDir, `${utcTimestamp(new Date())}_${name}`);
    mkdirSync(folder);
    writeFileSync(path.join(folder, "migration.sql"), sql);
    copyFileSync(schemaPath, path.join(folder, SCHEMA_SNAPSHOT_FILE));
    console.log(`Wrote ${path.relative(repoRoot, folder)}/migration.sql and ${SCHEMA_SNAPSHOT_FILE}. Review it, then run npm run db:migrate.`);
  }
} finally {
  await temporaryServer?.stop();
}
