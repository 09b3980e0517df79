/**
 * End-to-end tests: Playwright against a production build served by `npm start`'s own
 * script, on a throw-away embedded PostgreSQL with the demo data, driving Debian's Chromium.
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { E2E_OIDC_ISSUER, E2E_OIDC_SERVER_ENV } from "./e2e/support/oidc";
import { E2E_BASE_URL, E2E_EMBEDDED_POSTGRES_PORT, E2E_MAIL_CATCHER_PORT, E2E_PORT } from "./e2e/support/environment";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install Debian's with \`apt-get install -y chromium\` ` +
      "(that is what .ci/run does), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

const launchOptions = {
  executablePath: chromiumPath,
  // As root Chromium needs --no-sandbox; the rest keeps it off the (closed) network.
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "./e2e",
  outputDir: path.join(repoRoot, "test-results"),
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    locale: "en-GB",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], defaultBrowserType: "chromium", launchOptions },
    },
  ],
  webServer: [
    {
      // A real OpenID Connect provider on loopback: "Sign in with Test ID" (external-authentication.spec.ts).
      command: "node node_modules/tsx/dist/cli.mjs tests/e2e/support/oidc-provider.ts",
      cwd: repoRoot,
      url: `${E2E_OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
      cwd: repoRoot,
      url: E2E_BASE_URL,
      // A clean clone builds first: allow for `next build` on 2 cores.
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
      env: {
        PORT: String(E2E_PORT),
        EMBEDDED_POSTGRES_PORT: String(E2E_EMBEDDED_POSTGRES_PORT),
        MAIL_CATCHER_PORT: String(E2E_MAIL_CATCHER_PORT),
        FIELDBOOK_DATA_DIR: path.join(tmpdir(), "fieldbook-e2e"),
        FIELDBOOK_EPHEMERAL_DATA: "true",
        DATABASE_URL: "",
        // Emailed links (password reset) point at the address the tests browse.
        FIELDBOOK_PUBLIC_URL: E2E_BASE_URL,
        ...E2E_OIDC_SERVER_ENV,
      },
    },
  ],
});
