// The portal password policy (lib/auth/password-policy.ts): length, common passwords, the email.
import { describe, expect, it } from "vitest";
import {
  checkPasswordPolicy,
  NewPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
} from "@/lib/auth/password-policy";

describe("password policy", () => {
  it("accepts a long enough, uncommon password", () => {
    expect(checkPasswordPolicy("violet tram at dawn")).toBeNull();
    expect(checkPasswordPolicy("x".repeat(PASSWORD_MIN_LENGTH - 1) + "y")).toBeNull();
  });

  it("refuses fewer than 10 characters, counting characters as people see them", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(checkPasswordPolicy("")).toBe("too_short");
    expect(checkPasswordPolicy("short pw!")).toBe("too_short");
    // Nine emoji are 18 UTF-16 units but nine characters.
    expect(checkPasswordPolicy("🔑".repeat(4) + "🚪".repeat(5))).toBe("too_short");
    expect(checkPasswordPolicy("🔑".repeat(5) + "🚪".repeat(5))).toBeNull();
  });

  it("refuses more than the maximum length", () => {
    expect(checkPasswordPolicy("ab".repeat(PASSWORD_MAX_LENGTH / 2))).toBeNull();
    expect(checkPasswordPolicy("ab".repeat(PASSWORD_MAX_LENGTH / 2) + "c")).toBe("too_long");
  });

  it.each(["password123", "Password123", "QWERTYUIOP", "1234567890", "motdepasse", "azertyuiop", "1q2w3e4r5t"])(
    "refuses the common password %s whatever its case",
    (password) => {
      expect(checkPasswordPolicy(password)).toBe("too_common");
    },
  );

  it("refuses one character repeated", () => {
    expect(checkPasswordPolicy("zzzzzzzzzzzz")).toBe("too_common");
  });

  it("refuses a password that contains the account's email or its name part", () => {
    const email = "claire.martin@example.com";
    expect(checkPasswordPolicy("claire.martin@example.com!", { email })).toBe("contains_email");
    expect(checkPasswordPolicy("my Claire.Martin 2026", { email })).toBe("contains_email");
    expect(checkPasswordPolicy("my Claire.Martin 2026")).toBeNull();
    // A very short name part is not a meaningful match.
    expect(checkPasswordPolicy("bob is a fine builder", { email: "bob@example.com" })).toBeNull();
  });

  it("gives a zod field whose messages are catalogue keys", () => {
    expect(NewPassword.safeParse("violet tram at dawn").success).toBe(true);
    const refused = NewPassword.safeParse("password123");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(PASSWORD_PROBLEM_MESSAGES.too_common);
    expect(NewPassword.safeParse(undefined).error?.issues[0]?.message).toBe(PASSWORD_PROBLEM_MESSAGES.too_short);
  });
});
