/**
 * Builds a Prisma client that talks to PostgreSQL through node-postgres (driver adapter,
 * no native query engine). No `server-only` here: scripts and tests use it directly; the
 * app uses the `db` singleton from ./index.ts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { attachPool, createPipelinedPool, statementName } from "./sql";

export interface CreatePrismaClientOptions {
  /** Size of the connection pool (node-postgres default: 10). */
  maxConnections?: number;
}

/**
 * Every statement is prepared once per connection, under a name derived from its text, and
 * executed by name afterwards: PostgreSQL parses and plans it once per connection instead of
 * on every call. Without names, planning was about 40% of the database's work per booking
 * (bench:booking, pg_stat_statements). The app sends a finite set of statement texts, so each
 * connection holds a bounded set of prepared statements; a text that differs gets its own name.
 */
function preparedName(query: { sql: string }): string {
  return statementName(query.sql);
}

export function createPrismaClient(connectionString: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections }, { statementNameGenerator: preparedName });
  const client = new PrismaClient({ adapter });
  // The hot paths' own pool (lib/db/sql.ts), half the size: its statements are short.
  const pool = createPipelinedPool(connectionString, Math.max(2, Math.ceil((options.maxConnections ?? 10) / 2)));
  attachPool(client, pool);
  const disconnectPrisma = client.$disconnect.bind(client);
  let ended: Promise<void> | undefined;
  Object.defineProperty(client, "$disconnect", {
    value: async () => {
      ended ??= pool.end();
      await Promise.all([disconnectPrisma(), ended]);
    },
  });
  return client;
}
