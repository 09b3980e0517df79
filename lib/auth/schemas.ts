/** Sign-in input, shared by the forms and the server (messages are next-intl keys). */
import { z } from "zod";

/** Which sign-in page the person used: staff sign in at /admin and /field, customers at /portal. */
export const SignInAudience = z.enum(["staff", "customer"]);
export type SignInAudience = z.infer<typeof SignInAudience>;

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("auth.signIn.errors.emailInvalid")),
  password: z.string().min(1, "auth.signIn.errors.passwordRequired").max(512, "auth.signIn.errors.passwordRequired"),
  audience: SignInAudience,
  /** Where to go afterwards: a path on this site only (no open redirect). */
  returnTo: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .max(512)
    .optional()
    .catch(undefined),
});
export type SignInInput = z.infer<typeof SignInInput>;

// The password policy, for every form that sets a password (isomorphic, like this file).
export {
  checkPasswordPolicy,
  NewPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  type PasswordProblem,
} from "./password-policy";
