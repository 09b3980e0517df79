/**
 * Builds a Prisma client that talks to PostgreSQL through node-postgres (driver adapter,
 * no native query engine). No `server-only` here: scripts and tests use it directly; the
 * app uses the `db` singleton from ./index.ts.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export interface CreatePrismaClientOptions {
  /** Size of the connection pool (node-postgres default: 10). */
  maxConnections?: number;
}

export function createPrismaClient(connectionString: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections });
  return new PrismaClient({ adapter });
}
