/**
 * The app's database handle. Server code imports `db` from here; use cases receive it as
 * an argument (`cancelAppointment(db, …)`) so tests can pass their own database.
 */
import "server-only";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "./create-client";

export type { Db, Tx } from "./types";
export { SETTINGS_ID } from "./types";
export { isOverlapViolation, isUniqueViolation, postgresErrorCode } from "./errors";
export { pipelinedTransaction, poolOf, queryRows, type PipelinedTransaction } from "./sql";

// Dev hot reload re-evaluates modules: keep one pool per process instead of one per edit.
const globalCache = globalThis as unknown as { fieldbookDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalCache.fieldbookDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`, or set it.");
    globalCache.fieldbookDb = createPrismaClient(url);
  }
  return globalCache.fieldbookDb;
}

/**
 * Created on first use, not on import: `next build` imports server modules to collect page
 * data without a database, and must not fail for want of DATABASE_URL.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
