/**
 * What the booking and slot benchmarks share: a throw-away database (embedded PostgreSQL, or a
 * scratch database on BENCH_DATABASE_URL's server), a company seeded with createMany in a few
 * statements, customers with portal sessions and the Web API users role, the portal API server
 * in a child process, and a closed-loop HTTP load generator with latency percentiles.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { createPrismaClient } from "../../lib/db/create-client";
import { applyMigrations } from "../../lib/db/migrate";
import { BUILT_IN_WEB_ROLE_KEYS, ensureReferenceData } from "../../lib/db/reference-data";
import { SETTINGS_ID } from "../../lib/db/types";
import { installMailQueue } from "../../lib/mail/outbox-worker";
import { installReminderQueue } from "../../lib/booking/reminders";
import { startTemporaryPostgres } from "../../scripts/postgres/temporary";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SESSION_COOKIE = "authjs.session-token";

export interface BenchDatabase {
  url: string;
  db: PrismaClient;
  stop(): Promise<void>;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function startBenchDatabase(label: string): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  const server = external ? undefined : await startTemporaryPostgres({ label });
  const serverUrl = external ?? server!.url("postgres");
  const name = `fieldbook_bench_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  // pg-boss as npm start installs it: booking writes the email's and the reminder's jobs.
  await installMailQueue(url.toString());
  await installReminderQueue(url.toString());
  const db = createPrismaClient(url.toString(), { maxConnections: 8 });
  await ensureReferenceData(db);
  return {
    url: url.toString(),
    db,
    async stop() {
      await db.$disconnect();
      if (external) await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server?.stop();
    },
  };
}

export async function configureCompany(db: PrismaClient, settings: { minimumNoticeMinutes?: number; bookingHorizonDays?: number } = {}): Promise<void> {
  await db.settings.update({
    where: { id: SETTINGS_ID },
    data: { companyName: "Brightwater Services", timeZone: "Europe/Paris", slotStepMinutes: 30, minimumNoticeMinutes: 120, bookingHorizonDays: 60, ...settings },
  });
}

export interface BenchCustomer {
  contactId: string;
  userId: string;
  cookie: string;
}

/** Contacts with portal users, sessions and both built-in web roles, in five statements. */
export async function createCustomers(db: PrismaClient, locations: { latitude: number; longitude: number }[]): Promise<BenchCustomer[]> {
  const roles = await db.webRole.findMany({ where: { key: { in: Object.values(BUILT_IN_WEB_ROLE_KEYS) } }, select: { id: true } });
  const customers = locations.map((location, index) => ({ contactId: randomUUID(), userId: randomUUID(), token: randomBytes(24).toString("hex"), location, index }));
  await db.contact.createMany({
    data: customers.map(({ contactId, location, index }) => ({
      id: contactId,
      firstName: "Customer",
      lastName: String(index),
      email: `customer${index}-${contactId.slice(0, 8)}@example.com`,
      street: `${index + 1} Rue de Bench`,
      postalCode: "75011",
      city: "Paris",
      country: "FR",
      ...location,
      timeZone: "Europe/Paris",
    })),
  });
  await db.user.createMany({
    data: customers.map(({ contactId, userId, index }) => ({ id: userId, email: `portal${index}-${contactId.slice(0, 8)}@example.com`, name: `Customer ${index}`, contactId })),
  });
  await db.session.createMany({ data: customers.map(({ userId, token }) => ({ sessionToken: token, userId, expires: new Date(Date.now() + 86_400_000) })) });
  await db.contactWebRole.createMany({ data: customers.flatMap(({ contactId }) => roles.map((role) => ({ contactId, webRoleId: role.id }))) });
  return customers.map(({ contactId, userId, token }) => ({ contactId, userId, cookie: `${SESSION_COOKIE}=${token}` }));
}

export interface ApiServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The portal API server (bench/support/portal-api-server.ts) in its own process.
 * BENCH_API_NODE_ARGS adds Node flags to it only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
 * (NODE_OPTIONS refuses --cpu-prof, and would profile the load generator too).
 */
export async function startApiServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiServer> {
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", "tsx", path.join(repoRoot, "bench/support/portal-api-server.ts")], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once("exit", (code) => reject(new Error(`the API server exited (${code}) before listening`)));
  });
  child.stdout!.resume();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The load generator's HTTP client: node:http over kept-alive sockets. It shares the two cores
 * with the server under test, and costs about half of what fetch (undici) does per request.
 */
export function httpClient(baseUrl: string, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const origin = new URL(baseUrl);
  return (path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        { agent, host: origin.hostname, port: origin.port, path, method: options.method ?? "GET", headers: options.headers },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
          incoming.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(options.body);
    });
}

export function percentile(sortedMs: number[], fraction: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(fraction * sortedMs.length) - 1))] ?? NaN;
}

/** Runs `total` requests from `clients` closed-loop clients; returns each one's latency and answer. */
export async function runLoad<T>(
  clients: number,
  total: number,
  send: (index: number) => Promise<T>,
): Promise<{ results: { index: number; ms: number; value: T }[]; wallMs: number }> {
  const results: { index: number; ms: number; value: T }[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const index = next++;
        const t0 = performance.now();
        const value = await send(index);
        results.push({ index, ms: performance.now() - t0, value });
      }
    }),
  );
  return { results, wallMs: performance.now() - started };
}
