/**
 * `prisma migrate diff … --script` as a function: the SQL that takes a database from one
 * schema file (or from nothing) to another. Offline, the CLI's WebAssembly schema engine
 * still opens a connection (.config/prisma.ts), hence `databaseUrl`: any reachable server,
 * nothing is written to it.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Copy of prisma/schema.prisma kept in each migration folder: the next migration diffs from it. */
export const SCHEMA_SNAPSHOT_FILE = "schema.snapshot.prisma";

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface MigrateDiffInput {
  /** The schema file the database has now; null for an empty database. */
  fromSchemaPath: string | null;
  toSchemaPath: string;
  databaseUrl: string;
}

export function prismaMigrateDiff({ fromSchemaPath, toSchemaPath, databaseUrl }: MigrateDiffInput): Promise<string> {
  const from = fromSchemaPath === null ? ["--from-empty"] : ["--from-schema-datamodel", fromSchemaPath];
  const args = [require.resolve("prisma/build/index.js"), "migrate", "diff", ...from, "--to-schema-datamodel", toSchemaPath, "--script"];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`prisma migrate diff failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** True when the diff has no statement (Prisma prints a comment for an empty migration). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
