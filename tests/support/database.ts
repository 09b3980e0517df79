/**
 * A fresh database per test file, cloned from the migrated template in milliseconds:
 *
 *   const { db } = await setUpTestDatabase();   // at the top of the file
 *
 * gives a Prisma client on a database nobody else uses, dropped after the file's tests.
 * `createDatabase({ migrated: false })` gives an empty one (migration tests).
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createPrismaClient } from "../../lib/db/create-client";
import { TEMPLATE_DATABASE, databaseUrl } from "./database-names";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A new database on the test server: a copy of the migrated template, or empty. */
export async function createDatabase({ migrated = true }: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `fieldbook_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}${migrated ? ` TEMPLATE ${TEMPLATE_DATABASE}` : ""}`));
  return {
    name,
    url: databaseUrl(inject("adminDatabaseUrl"), name),
    drop: () => withAdmin(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/** A migrated database and its Prisma client for this test file; dropped after its tests. */
export async function setUpTestDatabase(): Promise<TestDatabase & { db: PrismaClient }> {
  const database = await createDatabase();
  const db = createPrismaClient(database.url);
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });
  return { ...database, db };
}
