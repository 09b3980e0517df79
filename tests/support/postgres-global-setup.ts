/**
 * Integration tests' global setup: one PostgreSQL server per run (embedded, or the server in
 * TEST_DATABASE_URL), with the migrations applied once into a template database that every
 * test file clones (tests/support/database.ts). Cloning takes milliseconds; migrating takes
 * seconds.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { startTemporaryPostgres } from "../../scripts/postgres/temporary";
import { TEMPLATE_DATABASE, databaseUrl } from "./database-names";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of a maintenance database on the test server (for CREATE/DROP DATABASE). */
    adminDatabaseUrl: string;
  }
}

async function onServer(adminUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

const dropTemplate = `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  const server = external ? undefined : await startTemporaryPostgres({ label: "integration-tests" });
  const adminUrl = external ?? server!.url("postgres");
  try {
    // A template left by an interrupted run on TEST_DATABASE_URL may hold old migrations.
    await onServer(adminUrl, [dropTemplate, `CREATE DATABASE ${TEMPLATE_DATABASE}`]);
    await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE));
  } catch (error) {
    await server?.stop();
    throw new Error(`Could not prepare the test database on ${external ? "TEST_DATABASE_URL" : "the embedded PostgreSQL"}: ${String(error)}`, {
      cause: error,
    });
  }
  project.provide("adminDatabaseUrl", adminUrl);
  return async () => {
    if (server) await server.stop();
    else await onServer(adminUrl, [dropTemplate]);
  };
}
