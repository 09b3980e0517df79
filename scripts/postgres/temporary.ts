/**
 * A throwaway embedded PostgreSQL on a free port, its data under the system temp dir and
 * deleted on stop: for the integration tests and for scripts that only need some server
 * (the Prisma CLI's `migrate diff` connects to one even to compare two schema files).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, usableDataDir, type RunningPostgres } from "./embedded";

/** A TCP port nobody listens on right now (the OS picks it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port"))));
    });
  });
}

export async function startTemporaryPostgres(options: { label: string; onLog?: (line: string) => void }): Promise<RunningPostgres> {
  const parentDir = mkdtempSync(path.join(tmpdir(), `fieldbook-${options.label}-`));
  const dataDir = usableDataDir(path.join(parentDir, "data"));
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false, onLog: options.onLog }).catch(
    (error: unknown) => {
      rmSync(parentDir, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    ...server,
    async stop() {
      await server.stop();
      rmSync(parentDir, { recursive: true, force: true });
      rmSync(path.dirname(dataDir), { recursive: true, force: true });
    },
  };
}
