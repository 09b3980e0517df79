/**
 * Encrypts SMTP passwords at rest (issue 4: "SMTP passwords are encrypted at rest, key from
 * the environment, never shown again, never logged"). AES-256-GCM with a random 96-bit nonce:
 * the tag makes any change to the stored value, or the wrong key, fail to decrypt instead of
 * yielding garbage.
 *
 * Stored form: "v1:" + base64(nonce ‖ tag ‖ ciphertext). The key is FIELDBOOK_SECRET_KEY,
 * 32 random bytes in base64; `npm start` generates one into the data folder when it is
 * missing (scripts/start.ts). No `server-only`: the mail worker runs outside Next.js.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { fail, ok, type Result } from "../result";

export const SECRET_KEY_VARIABLE = "FIELDBOOK_SECRET_KEY";

const ALGORITHM = "aes-256-gcm";
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_PREFIX = "v1:";

/** A decoded key; build it with `parseSecretKey` so a bad key fails early and clearly. */
export type SecretKey = { readonly bytes: Buffer };

export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

/** 32 random bytes in base64: a new value for FIELDBOOK_SECRET_KEY. */
export function generateSecretKey(): string {
  return randomBytes(KEY_BYTES).toString("base64");
}

/** Decodes a base64 key; throws SecretKeyError (without echoing the value) when it is not 32 bytes. */
export function parseSecretKey(base64: string): SecretKey {
  const trimmed = base64.trim();
  const bytes = Buffer.from(trimmed, "base64");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || bytes.length !== KEY_BYTES) {
    throw new SecretKeyError(
      `${SECRET_KEY_VARIABLE} must be ${KEY_BYTES} random bytes in base64 (44 characters), for example the output of ` +
        "`node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\"`.",
    );
  }
  return { bytes };
}

/** The key in FIELDBOOK_SECRET_KEY; throws SecretKeyError when it is missing or malformed. */
export function secretKeyFromEnvironment(env: Readonly<Record<string, string | undefined>> = process.env): SecretKey {
  const value = env[SECRET_KEY_VARIABLE];
  if (!value) {
    throw new SecretKeyError(
      `${SECRET_KEY_VARIABLE} is not set: start Fieldbook with \`npm start\` (it creates one in the data folder) or set it.`,
    );
  }
  return parseSecretKey(value);
}

/** Encrypts `plaintext` (an SMTP password) for storage. Each call gives a different value. */
export function encryptSecret(plaintext: string, key: SecretKey = secretKeyFromEnvironment()): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key.bytes, nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return FORMAT_PREFIX + Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString("base64");
}

/**
 * The plaintext of a value from `encryptSecret`, or `undecryptable` when it was changed,
 * is not ours, or was encrypted with another key (FIELDBOOK_SECRET_KEY changed).
 */
export function decryptSecret(sealed: string, key: SecretKey = secretKeyFromEnvironment()): Result<string, "undecryptable"> {
  if (!sealed.startsWith(FORMAT_PREFIX)) return fail("undecryptable");
  const packed = Buffer.from(sealed.slice(FORMAT_PREFIX.length), "base64");
  if (packed.length < NONCE_BYTES + TAG_BYTES) return fail("undecryptable");
  try {
    const decipher = createDecipheriv(ALGORITHM, key.bytes, packed.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(packed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    const plaintext = Buffer.concat([decipher.update(packed.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]);
    return ok(plaintext.toString("utf8"));
  } catch {
    return fail("undecryptable");
  }
}
