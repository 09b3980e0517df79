// lib/db/errors.ts recognises PostgreSQL errors however they arrive: Prisma model queries,
// raw queries and interactive transactions (through the pg driver adapter), or node-postgres.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isOverlapViolation, isUniqueViolation, postgresErrorCode } from "@/lib/db/errors";
import { setUpTestDatabase } from "../../support/database";
import { createBookingFixture, createTechnician } from "../../support/fixtures";

const { db, url } = await setUpTestDatabase();

const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (thrown: unknown) => thrown);

describe("isUniqueViolation", () => {
  it("recognises a unique violation from a model query, naming its constraint", async () => {
    await db.user.create({ data: { email: "twice@fieldbook.test" } });
    const error = await caught(db.user.create({ data: { email: "twice@fieldbook.test" } }));

    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(error, "users_email_key")).toBe(true);
    expect(isUniqueViolation(error, "appointments_idempotency_key_key")).toBe(false);
    expect(isOverlapViolation(error)).toBe(false);
    expect(postgresErrorCode(error)).toBe("23505");
  });

  it("recognises it from a raw query and inside an interactive transaction", async () => {
    await db.user.create({ data: { email: "raw@fieldbook.test" } });
    const raw = await caught(db.$executeRaw`INSERT INTO users (id, email, updated_at) VALUES (gen_random_uuid(), 'raw@fieldbook.test', now())`);
    const inTransaction = await caught(db.$transaction((tx) => tx.user.create({ data: { email: "raw@fieldbook.test" } })));

    expect(isUniqueViolation(raw, "users_email_key")).toBe(true);
    expect(isUniqueViolation(inTransaction, "users_email_key")).toBe(true);
    expect(await db.user.count({ where: { email: "raw@fieldbook.test" } })).toBe(1);
  });

  it("recognises errors straight from node-postgres", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const error = await caught(client.query("INSERT INTO users (id, email, updated_at) VALUES (gen_random_uuid(), 'raw@fieldbook.test', now())"));
      expect(isUniqueViolation(error, "users_email_key")).toBe(true);
    } finally {
      await client.end();
    }
  });

  it("is false for other failures and for non-errors", async () => {
    const checkViolation = await caught(db.$executeRaw`INSERT INTO users (id, email, updated_at) VALUES (gen_random_uuid(), 'UPPER@fieldbook.test', now())`);

    expect(postgresErrorCode(checkViolation)).toBe("23514");
    expect(isUniqueViolation(checkViolation)).toBe(false);
    expect(isOverlapViolation(checkViolation)).toBe(false);
    expect(isUniqueViolation(new Error("duplicate"))).toBe(false);
    expect(isOverlapViolation(undefined)).toBe(false);
  });
});

describe("isOverlapViolation", () => {
  it("recognises the exclusion violation from a raw query too", async () => {
    const technician = await createTechnician(db);
    const { contact, service } = await createBookingFixture(db);
    const insert = (startsAt: string, endsAt: string) =>
      db.$executeRaw`INSERT INTO appointments (id, contact_id, service_id, technician_id, starts_at, ends_at, time_zone, updated_at)
        VALUES (gen_random_uuid(), ${contact.id}::uuid, ${service.id}::uuid, ${technician.id}::uuid, ${startsAt}::timestamptz, ${endsAt}::timestamptz, 'Europe/Paris', now())`;
    await insert("2031-01-06T09:00:00Z", "2031-01-06T10:00:00Z");

    const error = await caught(insert("2031-01-06T09:59:00Z", "2031-01-06T10:30:00Z"));

    expect(isOverlapViolation(error)).toBe(true);
    expect(postgresErrorCode(error)).toBe("23P01");
  });
});
