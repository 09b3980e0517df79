export { type Actor, type CustomerActor, type StaffActor } from "./actor";
export { authorizeWebApiUser, getActor, requireCustomer, requirePermission } from "./authorize";
export { clientAddress } from "./client-address";
export { auth, handlers, signIn, signOut, SESSION_PROVIDER_ID } from "./config";
export {
  checkPasswordPolicy,
  NewPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  type PasswordProblem,
} from "./password-policy";
export { hashPassword } from "./passwords";
export { can, homePathFor, STAFF_PERMISSIONS, type StaffPermission } from "./permissions";
export { hitRateLimit, type RateLimitRule, type RateLimitState } from "./rate-limit";
export { SignInAudience, SignInInput } from "./schemas";
export { createSession, revokeUserSessions } from "./sessions";
export { signInWithPassword } from "./sign-in-with-password";
export { saveProfileLocale } from "./save-profile-locale";
