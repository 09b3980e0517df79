/**
 * Statements straight on node-postgres, beside the Prisma client, for the hot paths (booking,
 * the availability cache): bench:booking measured ~0.3 ms of Prisma client work per raw query,
 * against ~30 µs for the same statement on a pg pool.
 *
 * Every client from `createPrismaClient` carries a second, small pool in pipeline mode
 * (`poolOf`): a transaction sends BEGIN, its lock and its reads without waiting for each
 * answer (`pipelinedTransaction`), so a technician's lock is held for two round trips instead
 * of five. Statements are prepared once per connection under a name derived from their text.
 *
 * Results come as node-postgres types: write these statements to return text, int4, bool and
 * uuid columns (JSON as `::text`), which read the same through Prisma.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { Db } from "./types";

const POOL = Symbol.for("fieldbook.db.pool");

/** Statement names by SQL text; past this many distinct texts, names are computed each time. */
const MAX_REMEMBERED_NAMES = 5_000;
const statementNames = new Map<string, string>();

/** `fb_` + a hash of the text: the same text gets the same prepared statement on every connection. */
export function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `fb_${createHash("sha1").update(sql).digest("base64url")}`;
    if (statementNames.size < MAX_REMEMBERED_NAMES) statementNames.set(sql, name);
  }
  return name;
}

export function createPipelinedPool(connectionString: string, maxConnections?: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    pipeline: true,
    // Idle connections do not keep a script or test process alive.
    allowExitOnIdle: true,
    // Plan each prepared statement once per connection. PostgreSQL's default re-plans a statement
    // whose first custom plans looked cheaper than its generic one — the availability read was
    // planned on every call, 0.8 ms each, more than it took to run (bench:booking, pg_stat_statements).
    options: "-c plan_cache_mode=force_generic_plan",
  } as pg.PoolConfig);
  // An idle connection the server dropped: the pool replaces it on next use; do not crash.
  pool.on("error", () => {});
  return pool;
}

export function attachPool(client: object, pool: pg.Pool): void {
  Object.defineProperty(client, POOL, { value: pool, enumerable: false });
}

/** The pipelined pool beside this Prisma client (every client from createPrismaClient has one). */
export function poolOf(db: Db): pg.Pool {
  const pool = (db as unknown as Record<symbol, pg.Pool | undefined>)[POOL];
  if (!pool) throw new Error("lib/db/sql: this client was not made by createPrismaClient, it has no pool");
  return pool;
}

/** Anything that runs a query: the pool, or one of its clients inside a transaction. */
export type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient;

/** One prepared statement's rows. */
export async function queryRows<Row>(on: Queryable, sql: string, values: readonly unknown[] = []): Promise<Row[]> {
  const result = await on.query({ name: statementName(sql), text: sql, values: values as unknown[] });
  return result.rows as Row[];
}

/** What a pipelined transaction's body gets: its connection's statements, and COMMIT. */
export interface PipelinedTransaction {
  query<Row>(sql: string, values?: readonly unknown[]): Promise<Row[]>;
  /** Sends COMMIT behind the statements already sent (await it with them). Without it: ROLLBACK. */
  commit(): Promise<void>;
}

/**
 * A transaction on one pipelined connection. The body may send several statements at once
 * (start them all, then await them together): they reach PostgreSQL back to back, BEGIN with
 * the first of them and COMMIT with the last. It commits only when the body calls `commit()`;
 * a body that returns without it, or throws, is rolled back.
 */
export async function pipelinedTransaction<T>(db: Db, body: (tx: PipelinedTransaction) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  let committed: Promise<void> | undefined;
  let reusable = true;
  try {
    const begun = client.query("BEGIN");
    const tx: PipelinedTransaction = {
      query: (sql, values) => queryRows(client, sql, values),
      commit() {
        committed ??= client.query("COMMIT").then(() => undefined);
        return committed;
      },
    };
    const [, value] = await Promise.all([begun, body(tx)]);
    if (committed) await committed;
    else await client.query("ROLLBACK");
    return value;
  } catch (error) {
    // After a failed statement COMMIT rolls back by itself; ROLLBACK makes sure of it.
    await client.query("ROLLBACK").catch(() => {
      reusable = false;
    });
    throw error;
  } finally {
    client.release(!reusable);
  }
}
