/** Read-only queries against the end-to-end server's database, to check what pages show. */
import pg from "pg";
import { E2E_DATABASE_URL } from "./environment";

export async function queryCount(sql: string, params: unknown[] = []): Promise<number> {
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(sql, params);
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}
