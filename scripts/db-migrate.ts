/** `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (see lib/db/migrate.ts). */
import { applyMigrations } from "../lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
try {
  const result = await applyMigrations(url, { log: (line) => console.log(line) });
  console.log(`${result.applied.length} applied, ${result.alreadyApplied} already applied.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
