/**
 * `npm run db:seed`: loads the demo company into DATABASE_URL unless it was loaded before
 * (lib/demo/seed-demo-data.ts). Apply the migrations first (`npm run db:migrate`).
 */
import { createPrismaClient } from "../lib/db/create-client";
import { DEMO_SIGN_INS, seedDemoDataOnce } from "../lib/demo/seed-demo-data";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const db = createPrismaClient(url);
try {
  const seeded = await seedDemoDataOnce(db, { now: new Date() });
  console.log(seeded ? "Loaded the demo data." : "The demo data was loaded before: nothing changed.");
  if (seeded) for (const signIn of DEMO_SIGN_INS) console.log(`  ${signIn.role.padEnd(11)} ${signIn.email.padEnd(30)} ${signIn.password}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
