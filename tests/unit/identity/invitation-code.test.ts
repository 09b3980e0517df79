// Invitation codes: 140 random bits, formatted for people, read forgivingly, stored as a hash.
import { describe, expect, it } from "vitest";
import { generateInvitationCode, hashInvitationCode, invitationLink } from "@/lib/identity/invitation-code";
import {
  formatInvitationCode,
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_BITS,
  INVITATION_CODE_LENGTH,
  normalizeInvitationCode,
} from "@/lib/identity/invitation-code-format";
import { invitationStatus } from "@/lib/identity/invitation-status";

describe("invitation codes", () => {
  it("carry at least 128 bits: 28 characters of a 32-letter alphabet", () => {
    expect(new Set(INVITATION_CODE_ALPHABET).size).toBe(32);
    expect(INVITATION_CODE_BITS).toBe(INVITATION_CODE_LENGTH * Math.log2(INVITATION_CODE_ALPHABET.length));
    expect(INVITATION_CODE_BITS).toBeGreaterThanOrEqual(128);
  });

  it("are written in groups of four, without look-alike letters", () => {
    const code = generateInvitationCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(code).not.toMatch(/[ILOU]/);
  });

  it("are all different and use every character about as often (no modulo bias)", () => {
    const codes = Array.from({ length: 2000 }, () => normalizeInvitationCode(generateInvitationCode())!);
    expect(new Set(codes).size).toBe(codes.length);
    const counts = new Map<string, number>();
    for (const code of codes) for (const character of code) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(32);
    const expected = (codes.length * INVITATION_CODE_LENGTH) / 32; // 1750 per character
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.2);
  });

  it("are read whatever the case, spaces and dashes, with O, I and L taken for 0, 1 and 1", () => {
    const canonical = "K7QDM2XP9HTA4RWEB6NCZ3FJYV81";
    expect(normalizeInvitationCode(formatInvitationCode(canonical))).toBe(canonical);
    expect(normalizeInvitationCode(" k7qd m2xp-9hta–4rwe b6nc z3fj yv8l ")).toBe(canonical);
    expect(normalizeInvitationCode("K7QDM2XP9HTA4RWEB6NCZ3FJYV8I")).toBe(canonical);
    expect(normalizeInvitationCode("K7QD-M2XP-9HTA-4RWE-B6NC-Z3FJ-YV8O")).toBe("K7QDM2XP9HTA4RWEB6NCZ3FJYV80");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeInvitationCode("")).toBeNull();
    expect(normalizeInvitationCode("K7QD-M2XP")).toBeNull();
    expect(normalizeInvitationCode("K7QDM2XP9HTA4RWEB6NCZ3FJYV8U")).toBeNull(); // U is not in the alphabet
    expect(normalizeInvitationCode("K7QDM2XP9HTA4RWEB6NCZ3FJYV8!")).toBeNull();
    expect(normalizeInvitationCode("K7QDM2XP9HTA4RWEB6NCZ3FJYV811")).toBeNull();
  });

  it("are stored as a SHA-256 that does not contain the code", () => {
    const canonical = normalizeInvitationCode(generateInvitationCode())!;
    const hash = hashInvitationCode(canonical);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(canonical.toLowerCase());
    expect(hashInvitationCode(canonical)).toBe(hash);
  });

  it("link to the Accept invitation tab with the code filled in", () => {
    expect(invitationLink("https://portal.example", "K7QD-M2XP")).toBe(
      "https://portal.example/portal/sign-in?tab=invitation&code=K7QD-M2XP",
    );
  });
});

describe("invitation status", () => {
  const now = new Date("2026-03-02T09:00:00Z");
  const base = { revokedAt: null, expiresAt: new Date("2026-03-10T00:00:00Z"), redemptionCount: 0, maxRedemptions: 1 };

  it("is pending while it can be redeemed, partly used or not", () => {
    expect(invitationStatus(base, now)).toBe("pending");
    expect(invitationStatus({ ...base, maxRedemptions: 3, redemptionCount: 2 }, now)).toBe("pending");
  });

  it("is redeemed when used up, expired at its expiry instant, and revoked above all", () => {
    expect(invitationStatus({ ...base, redemptionCount: 1 }, now)).toBe("redeemed");
    expect(invitationStatus({ ...base, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ ...base, redemptionCount: 1, expiresAt: now }, now)).toBe("redeemed");
    expect(invitationStatus({ ...base, revokedAt: now, redemptionCount: 1 }, now)).toBe("revoked");
  });
});
