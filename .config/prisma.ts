// Prisma CLI configuration. Lives in .config/ to keep the repository's top level to the
// folders the README lists (Prisma 6.19 looks for `.config/prisma.ts` on its own).
//
// `engine: "js"` makes `prisma migrate diff|deploy|status` use the WebAssembly schema engine
// shipped on npm, through the pg driver adapter: the native engine would be downloaded, and
// this project must work with the npm registry as its only network access
// (design/stack-notes.md, "Prisma (migrations offline)").
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig, env } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Called only by commands that reach the database, so `prisma generate` needs no DATABASE_URL.
  adapter: async () => new PrismaPg({ connectionString: env("DATABASE_URL"), allowExitOnIdle: true }),
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations" },
});
