/**
 * `npm start` (production server) and `npm run dev` (hot reload), with one command:
 *  1. a database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
 *     survives restarts (FIELDBOOK_DATA_DIR, default .data/);
 *  2. migrations applied, demo data loaded on the first run only;
 *  3. `next build` when the sources changed since the last build (production only);
 *  4. Next.js on PORT (default 3000), and the demo sign-ins printed once it answers.
 * Ctrl-C stops Next.js and PostgreSQL cleanly.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createPrismaClient } from "../lib/db/create-client";
import { applyMigrations } from "../lib/db/migrate";
import { ensureReferenceData } from "../lib/db/reference-data";
import { SETTINGS_ID } from "../lib/db/types";
import { DEMO_SIGN_INS, seedDemoDataOnce } from "../lib/demo";
import { buildIsCurrent, computeBuildFingerprint, recordBuildFingerprint } from "./build-fingerprint";
import { startEmbeddedPostgres, usableDataDir, type RunningPostgres } from "./postgres/embedded";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const devMode = process.argv.includes("--dev");
const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");

if (existsSync(path.join(repoRoot, ".env"))) process.loadEnvFile(path.join(repoRoot, ".env"));

const port = Number(process.env.PORT || 3000);
const embeddedPort = Number(process.env.EMBEDDED_POSTGRES_PORT || 54329);
const dataDir = path.resolve(repoRoot, process.env.FIELDBOOK_DATA_DIR || ".data");
const ephemeral = process.env.FIELDBOOK_EPHEMERAL_DATA === "true";
const seedDemo = process.env.FIELDBOOK_DEMO_DATA !== "false";

const step = (message: string) => console.log(`▸ ${message}`);

let postgres: RunningPostgres | undefined;
let next: ChildProcess | undefined;
let stopping = false;

async function shutdown(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    next?.kill("SIGTERM");
    if (postgres) {
      step("Stopping PostgreSQL…");
      await postgres.stop();
    }
  }
  process.exit(exitCode);
}

function assertPortFree(portToCheck: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`Port ${portToCheck} (${what}) is already in use. Stop the other process or set ${what === "web server" ? "PORT" : "EMBEDDED_POSTGRES_PORT"}.`)),
    );
    probe.listen(portToCheck, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

async function databaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    step("Using the PostgreSQL server in DATABASE_URL");
    return process.env.DATABASE_URL;
  }
  await assertPortFree(embeddedPort, "embedded PostgreSQL");
  const postgresDir = usableDataDir(path.join(dataDir, "postgres"));
  if (ephemeral) rmSync(postgresDir, { recursive: true, force: true });
  step(`Starting the embedded PostgreSQL on port ${embeddedPort} (data in ${postgresDir})`);
  postgres = await startEmbeddedPostgres({ dataDir: postgresDir, port: embeddedPort, persistent: !ephemeral });
  await ensureDatabase(postgres.url(), "fieldbook");
  return postgres.url("fieldbook");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [command, ...args], { cwd: repoRoot, env, stdio: "inherit" });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitUntilServing(url: string): Promise<void> {
  for (;;) {
    if (next?.exitCode !== null && next?.exitCode !== undefined) throw new Error("Next.js exited before serving");
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function printSignIns(baseUrl: string, hasDemoData: boolean): void {
  const rows = DEMO_SIGN_INS.map((signIn) => [signIn.role, signIn.email, signIn.password, `${baseUrl}${signIn.signInPath}`]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => "  " + row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd());
  const lines = ["", `Fieldbook is running on ${baseUrl}`, "", ...(hasDemoData ? ["Demo sign-ins:", ...table, ""] : []), "Press Ctrl-C to stop.", ""];
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));

  await assertPortFree(port, "web server");
  const url = await databaseUrl();

  step("Applying database migrations");
  await applyMigrations(url, { log: (line) => step(line) });

  const db = createPrismaClient(url);
  let hasDemoData = false;
  try {
    await ensureReferenceData(db);
    if (seedDemo) {
      const seeded = await seedDemoDataOnce(db, { now: new Date() });
      step(seeded ? "Loaded the demo data (first run)" : "Kept the existing data (demo data is loaded into an empty database only)");
    }
    const settings = await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { demoSeededAt: true } });
    hasDemoData = settings?.demoSeededAt != null;
  } finally {
    await db.$disconnect();
  }

  const env = { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  if (!devMode) {
    const fingerprint = computeBuildFingerprint(repoRoot);
    if (buildIsCurrent(repoRoot, fingerprint)) {
      step("Production build is up to date");
    } else {
      step("Building for production (next build)…");
      await run(nextBin, ["build"], { ...env, NODE_ENV: "production" });
      recordBuildFingerprint(repoRoot, fingerprint);
    }
  }

  step(devMode ? "Starting Next.js in development mode" : "Starting Next.js");
  next = spawn(process.execPath, [nextBin, devMode ? "dev" : "start", "--port", String(port), "--hostname", "0.0.0.0"], {
    cwd: repoRoot,
    env: devMode ? env : { ...env, NODE_ENV: "production" },
    stdio: "inherit",
  });
  next.once("exit", (code) => {
    if (!stopping) {
      console.error(`Next.js exited (${code}).`);
      void shutdown(code ?? 1);
    }
  });

  const baseUrl = `http://localhost:${port}`;
  await waitUntilServing(`http://127.0.0.1:${port}/`);
  printSignIns(baseUrl, hasDemoData);
}

main().catch((error: unknown) => {
  console.error(`\nFieldbook could not start: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
