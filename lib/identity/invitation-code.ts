/**
 * Making and recognising invitation codes on the server. A code is 140 random bits; the
 * database keeps its SHA-256 (looked up by hash) and, for staff, a copy sealed with the app's
 * key (Invitation.codeSealed): a dump alone gives neither. A plain hash is enough because the
 * codes are random and long: there is no dictionary to try.
 */
import { createHash, randomBytes } from "node:crypto";
import { formatInvitationCode, INVITATION_CODE_ALPHABET, INVITATION_CODE_LENGTH } from "./invitation-code-format";

/** A new code, formatted for people. 256 is a multiple of 32, so `byte & 31` has no bias. */
export function generateInvitationCode(): string {
  const bytes = randomBytes(INVITATION_CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += INVITATION_CODE_ALPHABET[byte & 31];
  return formatInvitationCode(code);
}

/** SHA-256 (hex) of a normalized code: the only form of the code the lookup uses. */
export function hashInvitationCode(normalizedCode: string): string {
  return createHash("sha256").update(normalizedCode, "utf8").digest("hex");
}

/** The portal link an invitation email carries: the Accept invitation tab, the code filled in. */
export function invitationLink(portalOrigin: string, code: string): string {
  const url = new URL("/portal/sign-in", portalOrigin);
  url.searchParams.set("tab", "invitation");
  url.searchParams.set("code", code);
  return url.toString();
}
