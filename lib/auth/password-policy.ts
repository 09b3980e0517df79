/**
 * The portal password policy, shared by every form that sets a password (create your profile,
 * password reset) and by the server that enforces it. Isomorphic and pure: forms show the same
 * rules the server applies.
 *
 * NIST SP 800-63B: a minimum length, no composition rules, and a check against passwords known
 * to be common. Length counts characters as people see them (code points), not UTF-16 units.
 */
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length; the cap only keeps a request from carrying megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = "too_short" | "too_long" | "too_common" | "contains_email";

/** next-intl keys of each problem's message (namespace auth.passwordPolicy). */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: "auth.passwordPolicy.tooShort",
  too_long: "auth.passwordPolicy.tooLong",
  too_common: "auth.passwordPolicy.tooCommon",
  contains_email: "auth.passwordPolicy.containsEmail",
};

/**
 * Passwords of 10 characters or more that lead the public breach lists (lowercased). Shorter
 * ones are refused by the length rule already.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "0000000000",
  "0123456789",
  "0987654321",
  "1111111111",
  "1122334455",
  "1234512345",
  "1234567890",
  "12345678910",
  "123456789a",
  "123456789q",
  "1234567891",
  "123123123123",
  "1234qwerasdf",
  "1q2w3e4r5t",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "5555555555",
  "6666666666",
  "7777777777",
  "8888888888",
  "9876543210",
  "9999999999",
  "a123456789",
  "aaaaaaaaaa",
  "abc1234567",
  "abcd123456",
  "abcdefghij",
  "abcdefg123",
  "administrator",
  "azertyuiop",
  "baseball123",
  "basketball",
  "bienvenue1",
  "changeme123",
  "christopher",
  "football123",
  "iloveyou12",
  "iloveyou123",
  "jetaime123",
  "letmein123",
  "motdepasse",
  "motdepasse1",
  "motdepasse123",
  "monkey1234",
  "passw0rd123",
  "password00",
  "password01",
  "password10",
  "password11",
  "password12",
  "password123",
  "password1234",
  "password12345",
  "password!1",
  "princess123",
  "q1w2e3r4t5",
  "q1w2e3r4t5y6",
  "qazwsxedcrfv",
  "qwerty1234",
  "qwerty12345",
  "qwerty123456",
  "qwertyuiop",
  "qwertyuiop1",
  "soleil1234",
  "sunshine12",
  "superman123",
  "welcome123",
  "welcome1234",
  "zaq12wsxcde",
  "zxcvbnm123",
  "zxcvbnm1234",
]);

function characterCount(text: string): number {
  return [...text].length;
}

/**
 * The first rule `password` breaks, or null when it is acceptable. `email` (the account's)
 * adds one rule: the password must not contain the address or its part before the @.
 */
export function checkPasswordPolicy(password: string, context: { email?: string | null } = {}): PasswordProblem | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX_LENGTH) return "too_long";
  const lowered = password.toLowerCase();
  // One character repeated is as weak as any listed password.
  if (COMMON_PASSWORDS.has(lowered) || new Set(lowered).size === 1) return "too_common";
  const email = context.email?.trim().toLowerCase();
  if (email) {
    const localPart = email.split("@")[0] ?? "";
    if (lowered.includes(email) || (characterCount(localPart) >= 4 && lowered.includes(localPart))) return "contains_email";
  }
  return null;
}

/** A new password field for zod schemas; messages are next-intl keys. */
export const NewPassword = z
  .string(PASSWORD_PROBLEM_MESSAGES.too_short)
  .superRefine((password, context) => {
    const problem = checkPasswordPolicy(password);
    if (problem) context.addIssue({ code: "custom", message: PASSWORD_PROBLEM_MESSAGES[problem] });
  });
