// scripts/secret-key.ts: `npm start` works with no configuration, and refuses production without a key.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateSecretKey } from "@/lib/mail/secret-box";
import { resolveSecretKey } from "@/scripts/secret-key";

const folders: string[] = [];
const dataDir = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "fieldbook-secret-key-"));
  folders.push(folder);
  return path.join(folder, ".data");
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe("resolveSecretKey", () => {
  it("creates a key once in the data folder, readable by its owner only, and reuses it", () => {
    const dir = dataDir();

    const created = resolveSecretKey({}, dir);
    const again = resolveSecretKey({}, dir);

    expect(created.origin).toBe("created");
    expect(Buffer.from(created.key, "base64")).toHaveLength(32);
    expect(statSync(path.join(dir, "secret-key")).mode & 0o777).toBe(0o600);
    expect(again).toEqual({ key: created.key, origin: "file", file: path.join(dir, "secret-key") });
  });

  it("prefers FIELDBOOK_SECRET_KEY and writes no file then", () => {
    const dir = dataDir();
    const key = generateSecretKey();

    expect(resolveSecretKey({ FIELDBOOK_SECRET_KEY: key }, dir)).toEqual({ key, origin: "environment" });
    expect(() => statSync(path.join(dir, "secret-key"))).toThrow();
    expect(() => resolveSecretKey({ FIELDBOOK_SECRET_KEY: "too-short" }, dir)).toThrow(/32 random bytes/);
  });

  it("refuses to start in production without a key, and says how to make one", () => {
    expect(() => resolveSecretKey({ NODE_ENV: "production", DATABASE_URL: "postgresql://db.example.com/fieldbook" }, dataDir())).toThrow(
      /FIELDBOOK_SECRET_KEY is required in production.*randomBytes\(32\)/,
    );
    // Production mode on the embedded demo database still works out of the box.
    expect(resolveSecretKey({ NODE_ENV: "production" }, dataDir()).origin).toBe("created");
  });

  it("refuses a damaged key file instead of replacing it", () => {
    const dir = dataDir();
    resolveSecretKey({}, dir);
    writeFileSync(path.join(dir, "secret-key"), "damaged\n");

    expect(() => resolveSecretKey({}, dir)).toThrow(/does not hold a valid key/);
    expect(readFileSync(path.join(dir, "secret-key"), "utf8")).toBe("damaged\n");
  });
});
