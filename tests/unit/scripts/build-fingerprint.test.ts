import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, computeBuildFingerprint, recordBuildFingerprint } from "../../../scripts/build-fingerprint";

describe("the production build fingerprint", () => {
  let repo: string;

  beforeEach(() => {
    repo = mkdtempSync(path.join(tmpdir(), "fieldbook-fingerprint-"));
    mkdirSync(path.join(repo, "app"));
    writeFileSync(path.join(repo, "app", "page.tsx"), "export default function Page() {}");
    writeFileSync(path.join(repo, "package-lock.json"), "{}");
  });

  function pretendBuilt() {
    mkdirSync(path.join(repo, ".next"), { recursive: true });
    writeFileSync(path.join(repo, ".next", "BUILD_ID"), "build");
    recordBuildFingerprint(repo, computeBuildFingerprint(repo));
  }

  it("asks for a build when there is none", () => {
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(false);
  });

  it("reuses a build made from the same sources", () => {
    pretendBuilt();
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(true);
  });

  it("rebuilds when a source file changes, appears or the lockfile moves", () => {
    pretendBuilt();
    writeFileSync(path.join(repo, "app", "page.tsx"), "export default function Page() { return null }");
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(false);

    pretendBuilt();
    mkdirSync(path.join(repo, "lib"));
    writeFileSync(path.join(repo, "lib", "new.ts"), "export {}");
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(false);

    pretendBuilt();
    writeFileSync(path.join(repo, "package-lock.json"), '{"lockfileVersion":3}');
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(false);
  });

  it("rebuilds when the OpenID Connect configuration the security headers name changes, not for its secrets", () => {
    const configured = { OIDC_PROVIDERS: "generic", OIDC_GENERIC_ISSUER: "https://id.example.com", OIDC_GENERIC_CLIENT_SECRET: "one" };
    const fingerprint = computeBuildFingerprint(repo, configured);
    expect(computeBuildFingerprint(repo, { ...configured, OIDC_GENERIC_CLIENT_SECRET: "two" })).toBe(fingerprint);
    expect(computeBuildFingerprint(repo, { ...configured, OIDC_GENERIC_ISSUER: "https://other.example.com" })).not.toBe(fingerprint);
    expect(computeBuildFingerprint(repo, {})).not.toBe(fingerprint);
  });

  it("ignores files outside the build inputs", () => {
    pretendBuilt();
    mkdirSync(path.join(repo, "tests"));
    writeFileSync(path.join(repo, "tests", "some.test.ts"), "");
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(true);
  });
});
