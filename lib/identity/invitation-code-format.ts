/**
 * Invitation codes as people handle them: 28 characters of Crockford's base32 (no I, L, O or U,
 * so nothing reads as another character), shown in groups of four —
 * "K7QD-M2XP-9HTA-4RWE-B6NC-Z3FJ-YV8S". 28 × 5 = 140 bits of entropy (issue 5 asks for 128+).
 * Reading is forgiving: case, spaces and dashes do not matter, and O, I and L read as 0, 1, 1.
 * Isomorphic and pure.
 */

export const INVITATION_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const INVITATION_CODE_LENGTH = 28;
export const INVITATION_CODE_GROUP_SIZE = 4;
/** log2(32) bits per character. */
export const INVITATION_CODE_BITS = INVITATION_CODE_LENGTH * 5;

const LOOK_ALIKES: Record<string, string> = { O: "0", I: "1", L: "1" };

/**
 * The canonical form of a typed or pasted code (28 alphabet characters, no separators), or
 * null when it cannot be a code.
 */
export function normalizeInvitationCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, "")
    .replace(/[OIL]/g, (character) => LOOK_ALIKES[character]!);
  if (compact.length !== INVITATION_CODE_LENGTH) return null;
  for (const character of compact) if (!INVITATION_CODE_ALPHABET.includes(character)) return null;
  return compact;
}

/** "K7QDM2XP…" → "K7QD-M2XP-…": the form emails and screens show. */
export function formatInvitationCode(normalized: string): string {
  const groups: string[] = [];
  for (let index = 0; index < normalized.length; index += INVITATION_CODE_GROUP_SIZE) {
    groups.push(normalized.slice(index, index + INVITATION_CODE_GROUP_SIZE));
  }
  return groups.join("-");
}
