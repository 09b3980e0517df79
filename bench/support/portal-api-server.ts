/**
 * The portal API's real handlers (app/api/portal/v1/_lib/handlers.ts) behind a plain Node HTTP
 * server, for the benchmarks: the benchmark drives it over loopback from another process, so
 * the load generator does not share its event loop. What differs from `next start`: Next.js's
 * router, and the session check, done here by one statement on the session row, its user and
 * the contact's web roles (as Auth.js's database session plus authorizeWebApiUser do).
 *
 * One process per core (node:cluster, BENCH_API_WORKERS to change it), as a production
 * deployment runs Node on a multi-core machine: each has its own pools and availability cache.
 *
 *   DATABASE_URL=… PORT=… node --import tsx bench/support/portal-api-server.ts
 */
import cluster from "node:cluster";
import { register } from "node:module";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { availableParallelism } from "node:os";
import { findFreePort } from "../../scripts/postgres/temporary";

const workers = Number(process.env.BENCH_API_WORKERS || availableParallelism());
if (cluster.isPrimary && workers > 1) {
  const port = Number(process.env.PORT) || (await findFreePort());
  let listening = 0;
  cluster.on("message", () => {
    listening += 1;
    if (listening === workers) console.log(`listening ${port}`);
  });
  cluster.on("exit", () => {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  });
  for (let index = 0; index < workers; index += 1) cluster.fork({ PORT: String(port) });
} else {
  await serve();
}

async function serve(): Promise<void> {
  register("./server-only-hook.mjs", import.meta.url);

  const { createPrismaClient } = await import("../../lib/db/create-client");
  const { poolOf, queryRows } = await import("../../lib/db/sql");
  const handlers = await import("../../app/api/portal/v1/_lib/handlers");
  const { ok, fail } = await import("../../lib/result");

  const url = process.env.DATABASE_URL!;
  const db = createPrismaClient(url, {
    maxConnections: Number(process.env.POOL_SIZE || 16),
  });
  const SESSION_COOKIE = "authjs.session-token";

  const deps = {
    db,
    now: () => new Date(process.env.BENCH_NOW ?? Date.now()),
    appUrl: () => "http://localhost:3000",
    async authorize(request: Request) {
      const cookie = request.headers.get("cookie") ?? "";
      const token = cookie
        .split(/;\s*/)
        .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
        ?.slice(SESSION_COOKIE.length + 1);
      if (!token) return fail("unauthenticated" as const);
      // One statement (Prisma splits the nested select of the same into five queries).
      const [user] = await queryRows<{
        id: string;
        email: string;
        name: string | null;
        contact_id: string | null;
        roles: (string | null)[];
      }>(
        poolOf(db),
        `SELECT u.id, u.email, u.name, u.contact_id,
              ARRAY(SELECT r.key FROM contact_web_roles cr JOIN web_roles r ON r.id = cr.web_role_id WHERE cr.contact_id = u.contact_id) AS roles
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.session_token = $1 AND s.expires > now()`,
        [token],
      );
      if (!user?.contact_id) return fail("unauthenticated" as const);
      const roles = new Set(user.roles);
      if (!roles.has("authenticated_users") || !roles.has("web_api_users")) return fail("forbidden" as const);
      return ok({
        kind: "customer" as const,
        userId: user.id,
        contactId: user.contact_id,
        email: user.email,
        name: user.name,
      });
    },
  };

  type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [
    {
      method: "GET",
      pattern: /^\/api\/portal\/v1\/slots$/,
      handler: handlers.slotsHandler(deps) as Handler,
    },
    {
      method: "GET",
      pattern: /^\/api\/portal\/v1\/appointments$/,
      handler: handlers.listAppointmentsHandler(deps) as Handler,
    },
    {
      method: "POST",
      pattern: /^\/api\/portal\/v1\/appointments$/,
      handler: handlers.createAppointmentHandler(deps) as Handler,
    },
    {
      method: "GET",
      pattern: /^\/api\/portal\/v1\/appointments\/(?<appointmentId>[^/]+)$/,
      handler: handlers.appointmentHandler(deps) as Handler,
    },
    {
      method: "POST",
      pattern: /^\/api\/portal\/v1\/appointments\/(?<appointmentId>[^/]+)\/reschedule$/,
      handler: handlers.rescheduleHandler(deps) as Handler,
    },
    {
      method: "POST",
      pattern: /^\/api\/portal\/v1\/appointments\/(?<appointmentId>[^/]+)\/cancel$/,
      handler: handlers.cancelHandler(deps) as Handler,
    },
  ];

  async function readBody(incoming: IncomingMessage): Promise<string | undefined> {
    if (incoming.method === "GET" || incoming.method === "HEAD") return undefined;
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const requestUrl = new URL(incoming.url ?? "/", `http://${incoming.headers.host ?? "localhost"}`);
    const route = routes.find((candidate) => candidate.method === incoming.method && candidate.pattern.test(requestUrl.pathname));
    if (!route) {
      outgoing.writeHead(404).end();
      return;
    }
    const params = (route.pattern.exec(requestUrl.pathname)?.groups ?? {}) as Record<string, string>;
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
    const response = await route.handler(
      new Request(requestUrl, {
        method: incoming.method,
        headers,
        body: await readBody(incoming),
      }),
      { params: Promise.resolve(params) },
    );
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  }

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      console.error(error);
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
    const address = server.address();
    const line = `listening ${typeof address === "object" && address ? address.port : ""}`;
    if (cluster.isWorker) process.send!(line);
    else console.log(line);
  });
  process.on("SIGTERM", () => {
    server.close();
    void db.$disconnect().then(() => process.exit(0));
  });
}
