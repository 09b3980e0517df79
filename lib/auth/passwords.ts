/**
 * Password hashing with argon2id (OWASP's first choice), through @node-rs/argon2's
 * prebuilt binding. Parameters are the library's defaults (m=19 MiB, t=2, p=1), which
 * match OWASP's minimum; the PHC string records them, so raising them later still
 * verifies old hashes.
 */
import { hash, verify, type Algorithm } from "@node-rs/argon2";

// `Algorithm.Argon2id` is an ambient const enum, unusable under isolatedModules.
const ARGON2ID = 2 as Algorithm;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}

/**
 * A hash of a random password, verified against when the email is unknown, so that a
 * sign-in for a missing account costs as much time as one for a real account.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(crypto.randomUUID());
  return decoyHash;
}
