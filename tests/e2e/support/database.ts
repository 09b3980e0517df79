/**
 * Statements against the end-to-end server's database: to check what pages show, and to set up
 * a test's own data (both projects run at once on one database, so tests never share rows).
 */
import pg from "pg";
import { E2E_DATABASE_URL } from "./environment";

/** The rows of one statement, on a connection of its own. */
export async function queryRows<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The number a `SELECT count(*) …` answers. */
export async function queryCount(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await queryRows<{ count: string }>(sql, params);
  return Number(row?.count);
}
