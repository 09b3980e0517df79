/**
 * Builds a Prisma client that talks to PostgreSQL through node-postgres (driver adapter,
 * no native query engine). No `server-only` here: scripts and tests use it directly; the
 * app uses the `db` singleton from ./index.ts.
 */
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export interface CreatePrismaClientOptions {
  /** Size of the connection pool (node-postgres default: 10). */
  maxConnections?: number;
}

/** Statement names by SQL text; past this many distinct texts, names are computed each time. */
const MAX_REMEMBERED_NAMES = 5_000;
const statementNames = new Map<string, string>();

/**
 * Every statement is prepared once per connection, under a name derived from its text, and
 * executed by name afterwards: PostgreSQL parses and plans it once per connection instead of
 * on every call. Without names, planning was about 40% of the database's work per booking
 * (bench:booking, pg_stat_statements). The app sends a finite set of statement texts, so each
 * connection holds a bounded set of prepared statements; a text that differs gets its own name.
 */
function statementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (name === undefined) {
    name = `fb_${createHash("sha1").update(query.sql).digest("base64url")}`;
    if (statementNames.size < MAX_REMEMBERED_NAMES) statementNames.set(query.sql, name);
  }
  return name;
}

export function createPrismaClient(connectionString: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections }, { statementNameGenerator: statementName });
  return new PrismaClient({ adapter });
}
