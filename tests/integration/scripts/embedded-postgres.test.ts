// scripts/postgres/embedded.ts: `npm start`'s own PostgreSQL keeps its data across restarts
// and stops cleanly; a throw-away one removes its folder.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer } from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres, usableDataDir } from "../../../scripts/postgres/embedded";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function query(url: string, sql: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  it("keeps its data when stopped and started again on the same folder", async () => {
    const dataDir = usableDataDir(path.join(mkdtempSync(path.join(tmpdir(), "fieldbook-embedded-")), "postgres"));
    const port = await freePort();

    const first = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    await query(first.url(), "CREATE TABLE visits (id int); INSERT INTO visits VALUES (42)");
    await first.stop();
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // a clean shutdown

    const second = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    try {
      expect(await query(second.url(), "SELECT id FROM visits")).toEqual([{ id: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it("removes a throw-away cluster's folder on stop", async () => {
    const dataDir = usableDataDir(path.join(mkdtempSync(path.join(tmpdir(), "fieldbook-embedded-")), "postgres"));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    expect(await query(server.url(), "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await server.stop();
    expect(existsSync(dataDir)).toBe(false);
  });
});
