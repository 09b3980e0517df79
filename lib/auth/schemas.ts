/** Sign-in input, shared by the forms and the server (messages are next-intl keys). */
import { z } from "zod";
import { NewPassword, PASSWORD_MAX_LENGTH } from "./password-policy";

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

// ── Account: password reset, change password, profile, external sign-in (issue 5 §5–7) ──

const Email = z.string().trim().toLowerCase().max(320).pipe(z.email("passwordReset.errors.emailInvalid"));

/** "Forgot password?": the address to send a link to. */
export const RequestPasswordResetInput = z.object({ email: Email });
export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetInput>;

/** The emailed link's token: 32 random bytes, base64url. */
export const PasswordResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The reset page: the link's token and the new password, typed twice. */
export const ResetPasswordInput = z
  .object({
    token: PasswordResetToken,
    password: NewPassword,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "account.password.errors.mismatch",
  });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const ChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "account.password.errors.currentRequired").max(512, "account.password.errors.currentRequired"),
    newPassword: NewPassword,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "account.password.errors.mismatch",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** The customer's own details on the profile page (the contact's name and phone, the user's language). */
export const UpdateCustomerProfileInput = z.object({
  firstName: z.string().trim().min(1, "account.profile.errors.firstNameRequired").max(100, "account.profile.errors.nameTooLong"),
  lastName: z.string().trim().min(1, "account.profile.errors.lastNameRequired").max(100, "account.profile.errors.nameTooLong"),
  phone: z
    .string()
    .trim()
    .max(40, "account.profile.errors.phoneInvalid")
    .regex(/^(\+?[0-9][0-9 ().-]{3,}[0-9])?$/, "account.profile.errors.phoneInvalid")
    .transform((phone) => (phone === "" ? null : phone)),
  locale: z.string().trim().min(2).max(35),
});
export type UpdateCustomerProfileInput = z.infer<typeof UpdateCustomerProfileInput>;

/** Which configured OpenID Connect provider to link, unlink or sign in with. */
export const ExternalProviderInput = z.object({ provider: z.enum(["generic", "entra", "google"]) });
export type ExternalProviderInput = z.infer<typeof ExternalProviderInput>;
