/**
 * FIELDBOOK_SECRET_KEY for `npm start` (it encrypts SMTP passwords, lib/mail/secret-box.ts):
 *  - the environment's, when set (checked: 32 bytes in base64);
 *  - in production (NODE_ENV=production with DATABASE_URL) it must be set: refuse to start;
 *  - otherwise the one in <data folder>/secret-key, created once (mode 600) when missing, so
 *    `npm start` works with no configuration and passwords stay readable across restarts.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isProductionDeployment } from "../lib/mail/mail-catcher-config";
import { SECRET_KEY_VARIABLE, SecretKeyError, generateSecretKey, parseSecretKey } from "../lib/mail/secret-box";

export const SECRET_KEY_FILE = "secret-key";

export interface ResolvedSecretKey {
  /** Base64, to pass on as FIELDBOOK_SECRET_KEY. */
  key: string;
  origin: "environment" | "file" | "created";
  /** The file it came from or went to (origin file/created). */
  file?: string;
}

export function resolveSecretKey(env: Readonly<Record<string, string | undefined>>, dataDir: string): ResolvedSecretKey {
  const fromEnvironment = env[SECRET_KEY_VARIABLE]?.trim();
  if (fromEnvironment) {
    parseSecretKey(fromEnvironment);
    return { key: fromEnvironment, origin: "environment" };
  }
  if (isProductionDeployment(env)) {
    throw new SecretKeyError(
      `${SECRET_KEY_VARIABLE} is required in production (NODE_ENV=production with DATABASE_URL): it encrypts the SMTP passwords ` +
        "stored in the database. Generate one with `node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"`, " +
        "keep it with your other secrets, and never change it (stored passwords would have to be typed again).",
    );
  }
  const file = path.join(dataDir, SECRET_KEY_FILE);
  if (existsSync(file)) {
    const key = readFileSync(file, "utf8").trim();
    try {
      parseSecretKey(key);
    } catch {
      throw new SecretKeyError(`${file} does not hold a valid key (32 bytes in base64). Restore it, or delete it to create a new one (stored SMTP passwords will then have to be typed again).`);
    }
    // Tighten a copy that lost its mode (restored from a backup, say).
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return { key, origin: "file", file };
  }
  mkdirSync(dataDir, { recursive: true });
  const key = generateSecretKey();
  // "wx": never overwrite a key another start wrote meanwhile.
  try {
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return resolveSecretKey(env, dataDir);
    throw error;
  }
  return { key, origin: "created", file };
}
