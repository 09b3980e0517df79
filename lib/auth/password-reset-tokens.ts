/**
 * Password-reset tokens (product.md §1): 256 random bits sent in the emailed link, only
 * their SHA-256 stored, valid 30 minutes, used once.
 */
import { createHash, randomBytes } from "node:crypto";

export const PASSWORD_RESET_TOKEN_MINUTES = 30;

export function newPasswordResetToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashPasswordResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The reset page's address for `token` on the site `appUrl` ("https://portal.example.com"). */
export function passwordResetUrl(appUrl: string, token: string): string {
  const url = new URL("/portal/reset-password", appUrl);
  url.searchParams.set("token", token);
  return url.toString();
}
