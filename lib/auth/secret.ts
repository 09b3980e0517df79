/**
 * The key Auth.js encrypts session cookies with: AUTH_SECRET when set, otherwise derived
 * from the app's FIELDBOOK_SECRET_KEY (HKDF), so a deployment configures one secret.
 */
import { hkdfSync } from "node:crypto";

export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const appKey = process.env.FIELDBOOK_SECRET_KEY;
  if (!appKey) {
    throw new Error("Set FIELDBOOK_SECRET_KEY (or AUTH_SECRET): `npm start` creates one in the data folder for you.");
  }
  const derived = hkdfSync(
    "sha256",
    Buffer.from(appKey, "base64"),
    Buffer.alloc(0),
    "fieldbook auth.js session cookies",
    32,
  );
  return Buffer.from(derived).toString("base64");
}
