/**
 * `npm start` (production server) and `npm run dev` (hot reload), with one command:
 *  1. a database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
 *     survives restarts (FIELDBOOK_DATA_DIR, default .data/);
 *  2. migrations applied, demo data loaded on the first run only;
 *  3. mail: FIELDBOOK_SECRET_KEY (generated once into the data folder when not set, required
 *     in production), the development mail catcher on loopback (lib/mail/mail-catcher-config.ts
 *     says when) and the outbox workers (lib/mail/outbox-worker.ts), in this process;
 *  4. `next build` when the sources changed since the last build (production only);
 *  5. Next.js on PORT (default 3000), and the demo sign-ins printed once it answers.
 * Ctrl-C stops Next.js, the mail workers, the catcher and PostgreSQL cleanly, in that order.
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
import { DEMO_SIGN_INS, seedDemoDataOnce, syncDemoMailboxPort } from "../lib/demo";
import { MAIL_CATCHER_RUNNING_VARIABLE, mailCatcherPlan } from "../lib/mail/mail-catcher-config";
import { startMailWorkers, type MailWorkers } from "../lib/mail/outbox-worker";
import { queueEmail } from "../lib/mail/queue-email";
import { startReminderWorker, type ReminderWorker } from "../lib/booking/reminders";
import { SECRET_KEY_VARIABLE } from "../lib/mail/secret-box";
import { buildIsCurrent, computeBuildFingerprint, recordBuildFingerprint } from "./build-fingerprint";
import { startMailCatcher, type RunningMailCatcher } from "./mail-catcher";
import { startEmbeddedPostgres, usableDataDir, type RunningPostgres } from "./postgres/embedded";
import { resolveSecretKey } from "./secret-key";

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
let mailWorkers: MailWorkers | undefined;
let reminderWorker: ReminderWorker | undefined;
let mailCatcher: RunningMailCatcher | undefined;
let stopping = false;

async function shutdown(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    next?.kill("SIGTERM");
    // Before PostgreSQL: the workers finish the batch they are sending and release their jobs.
    if (reminderWorker) {
      step("Stopping the reminder worker…");
      await reminderWorker.stop().catch((error: unknown) => console.error(`Reminder worker did not stop cleanly: ${String(error)}`));
    }
    if (mailWorkers) {
      step("Stopping the mail workers…");
      await mailWorkers.stop().catch((error: unknown) => console.error(`Mail workers did not stop cleanly: ${String(error)}`));
    }
    await mailCatcher?.stop().catch(() => {});
    if (postgres) {
      step("Stopping PostgreSQL…");
      await postgres.stop();
    }
  }
  process.exit(exitCode);
}

const PORT_VARIABLES: Record<string, string> = { "web server": "PORT", "embedded PostgreSQL": "EMBEDDED_POSTGRES_PORT", "mail catcher": "MAIL_CATCHER_PORT" };

function assertPortFree(portToCheck: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`Port ${portToCheck} (${what}) is already in use. Stop the other process or set ${PORT_VARIABLES[what]}.`)));
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
  const catcher = mailCatcher
    ? [`Emails the app sends are caught on SMTP ${mailCatcher.host}:${mailCatcher.port}: read them at ${baseUrl}/admin/mail-catcher`, ""]
    : [];
  const lines = ["", `Fieldbook is running on ${baseUrl}`, "", ...(hasDemoData ? ["Demo sign-ins:", ...table, ""] : []), ...catcher, "Press Ctrl-C to stop.", ""];
  console.log(lines.join("\n"));
}

const onSigint = () => void shutdown(130);
const onSigterm = () => void shutdown(143);

/**
 * embedded-postgres stops PostgreSQL itself on SIGINT/SIGTERM (async-exit-hook), racing
 * `shutdown`, which must stop the mail workers first so they finish recording what they
 * sent. Keep our handlers only: `shutdown` stops PostgreSQL last. (A terminal's Ctrl-C also
 * signals the PostgreSQL process itself; a signal to this process alone is fully ordered.)
 */
function keepOnlyOurSignalHandlers(): void {
  for (const [signal, ours] of [["SIGINT", onSigint], ["SIGTERM", onSigterm]] as const) {
    for (const listener of process.listeners(signal)) if (listener !== ours) process.off(signal, listener);
  }
}

async function main(): Promise<void> {
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigterm);

  await assertPortFree(port, "web server");
  // Mail settings first: a production start without FIELDBOOK_SECRET_KEY stops here, before anything runs.
  const secretKey = resolveSecretKey(process.env, dataDir);
  if (secretKey.origin === "created") step(`Created ${SECRET_KEY_VARIABLE} in ${secretKey.file} (encrypts SMTP passwords; keep this file)`);
  const catcherPlan = mailCatcherPlan(process.env);
  if (catcherPlan.run) await assertPortFree(catcherPlan.port, "mail catcher");
  const url = await databaseUrl();
  keepOnlyOurSignalHandlers();

  step("Applying database migrations");
  await applyMigrations(url, { log: (line) => step(line) });

  const db = createPrismaClient(url);
  let hasDemoData = false;
  try {
    await ensureReferenceData(db);
    if (seedDemo) {
      const seeded = await seedDemoDataOnce(db, { now: new Date(), mailCatcherPort: catcherPlan.run ? catcherPlan.port : undefined });
      step(seeded ? "Loaded the demo data (first run)" : "Kept the existing data (demo data is loaded into an empty database only)");
    }
    const settings = await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { demoSeededAt: true } });
    hasDemoData = settings?.demoSeededAt != null;
    if (catcherPlan.run && (await syncDemoMailboxPort(db, catcherPlan.port))) step(`Pointed the demo mailbox at the mail catcher's port ${catcherPlan.port}`);
  } finally {
    await db.$disconnect();
  }

  if (catcherPlan.run) {
    mailCatcher = await startMailCatcher({ connectionString: url, port: catcherPlan.port, log: (line) => console.error(line) });
    step(`Started the development mail catcher on ${mailCatcher.host}:${mailCatcher.port}`);
  } else {
    step(`Mail catcher off (${catcherPlan.reason})`);
  }
  step("Starting the mail workers");
  mailWorkers = await startMailWorkers({ connectionString: url, secretKey: secretKey.key, log: (line) => console.log(`  mail: ${line}`) });
  step("Starting the appointment reminder worker");
  reminderWorker = await startReminderWorker({
    connectionString: url,
    queueEmail,
    appUrl: process.env.FIELDBOOK_PUBLIC_URL?.trim() || `http://localhost:${port}`,
    log: (line) => console.log(`  reminders: ${line}`),
  });

  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", [SECRET_KEY_VARIABLE]: secretKey.key };
  // Admin → Mail catcher shows caught messages only while this says where the catcher listens.
  if (mailCatcher) env[MAIL_CATCHER_RUNNING_VARIABLE] = `${mailCatcher.host}:${mailCatcher.port}`;
  else delete env[MAIL_CATCHER_RUNNING_VARIABLE];
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
