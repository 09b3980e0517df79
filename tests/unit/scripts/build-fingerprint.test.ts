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

  it("ignores files outside the build inputs", () => {
    pretendBuilt();
    mkdirSync(path.join(repo, "tests"));
    writeFileSync(path.join(repo, "tests", "some.test.ts"), "");
    expect(buildIsCurrent(repo, computeBuildFingerprint(repo))).toBe(true);
  });
});
