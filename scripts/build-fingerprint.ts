/**
 * Decides whether `npm start` must run `next build`: the production build is reused
 * as long as nothing that goes into it changed since it was made.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Inputs of the production build, relative to the repository root. */
const BUILD_INPUTS = ["app", "components", "lib", "emails", "public", "next.config.ts", "tsconfig.json", "package-lock.json"];
const FINGERPRINT_FILE = path.join(".next", "fieldbook-build-fingerprint");
/**
 * Environment read at build time: next.config.ts's security headers name the OpenID Connect
 * issuers (CSP form-action), and Next.js fixes headers when building. Secrets stay out.
 */
const BUILD_ENVIRONMENT = (name: string) => name.startsWith("OIDC_") && !name.includes("SECRET");

function* filesUnder(root: string): Generator<string> {
  if (!existsSync(root)) return;
  if (statSync(root).isFile()) {
    yield root;
    return;
  }
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) yield* filesUnder(child);
    else if (entry.isFile()) yield child;
  }
}

export function computeBuildFingerprint(repoRoot: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of filesUnder(path.join(repoRoot, input))) {
      hash.update(path.relative(repoRoot, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  for (const name of Object.keys(env).filter(BUILD_ENVIRONMENT).sort()) {
    if (env[name]) hash.update(name).update("=").update(env[name]).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(repoRoot: string, fingerprint: string): boolean {
  const file = path.join(repoRoot, FINGERPRINT_FILE);
  return existsSync(path.join(repoRoot, ".next", "BUILD_ID")) && existsSync(file) && readFileSync(file, "utf8") === fingerprint;
}

export function recordBuildFingerprint(repoRoot: string, fingerprint: string): void {
  writeFileSync(path.join(repoRoot, FINGERPRINT_FILE), fingerprint);
}
