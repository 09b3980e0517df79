/**
 * Secrets an email carries (an invitation code), kept out of the outbox in clear: the caller
 * writes `secretPlaceholder("code")` where the secret goes (subject, HTML, text, links) and
 * passes the value in `queueEmail(…, { secrets: { code } })`; the row stores the values sealed
 * with the app's key, and the worker fills them in just before sending, then erases them. A
 * dump of the outbox shows placeholders only (issue 5: codes are never readable from a dump).
 *
 * Placeholders use only URL-unreserved characters, so they survive HTML escaping and URL
 * encoding unchanged. No `server-only`: the worker runs outside Next.js.
 */
import { fail, ok, type Result } from "../result";
import { decryptSecret, encryptSecret, type SecretKey } from "./secret-box";

export type EmailSecrets = Record<string, string>;

const NAME = /^[a-z0-9]+$/;
const PLACEHOLDER = /__fieldbook_secret_([a-z0-9]+)__/g;

/** Where the secret `name` goes in a message. */
export function secretPlaceholder(name: string): string {
  if (!NAME.test(name)) throw new Error(`Secret names are lowercase letters and digits: ${JSON.stringify(name)}`);
  return `__fieldbook_secret_${name}__`;
}

export function sealSecrets(secrets: EmailSecrets, key?: SecretKey): string {
  for (const name of Object.keys(secrets)) secretPlaceholder(name);
  return encryptSecret(JSON.stringify(secrets), key);
}

export function unsealSecrets(sealed: string, key?: SecretKey): Result<EmailSecrets, "undecryptable"> {
  const opened = decryptSecret(sealed, key);
  if (!opened.ok) return opened;
  const secrets: unknown = JSON.parse(opened.value);
  if (typeof secrets !== "object" || secrets === null) return fail("undecryptable");
  return ok(secrets as EmailSecrets);
}

/** `text` with every known placeholder replaced by its secret (unknown ones stay as they are). */
export function fillSecrets(text: string, secrets: EmailSecrets): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => (Object.hasOwn(secrets, name) ? secrets[name]! : placeholder));
}
