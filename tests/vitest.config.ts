// Lives in tests/ to keep the repository's top level to the folders the README lists;
// `npm run test:unit|test:integration` pass it with --config.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  root: repoRoot,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${repoRoot}/` },
      // Server modules import "server-only", which throws outside a React server bundle.
      { find: /^server-only$/, replacement: path.join(repoRoot, "tests/support/server-only-stub.ts") },
    ],
  },
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses:
    // let Vite resolve it, so tests can import a domain that uses lib/auth's entry point.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        // Property tests run hundreds of cases: a loaded 2-core CI machine needs more than 5 s (no timing is asserted).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One PostgreSQL server per run, migrated once into a template database.
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
