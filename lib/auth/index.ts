export { type Actor, type CustomerActor, type StaffActor } from "./actor";
export { authorizePortalApi, getActor, requireCustomer, requirePermission } from "./authorize";
export { checkPortalApiAccess, isCrossSiteWrite, type PortalApiAccess, type PortalApiAccessError } from "./portal-api-access";
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

// Account: password reset, change password, sign out everywhere, profile, external sign-in (issue 5 §5–7).
export { currentSessionId } from "./current-session";
export { isPasswordResetAvailable } from "./password-reset-availability";
export { requestPasswordReset, type RequestPasswordResetResult } from "./request-password-reset";
export { isPasswordResetTokenUsable } from "./password-reset-queries";
export { resetPassword, type ResetPasswordResult } from "./reset-password";
export { changePassword, type ChangePasswordResult } from "./change-password";
export { signOutEverywhere } from "./sign-out-everywhere";
export { findCustomerProfile, type CustomerProfile } from "./customer-profile-queries";
export { updateCustomerProfile } from "./update-customer-profile";
export { configuredExternalProviders } from "./auth-providers";
export { listLinkedExternalAccounts, type LinkedExternalAccount } from "./external-account-queries";
export { LINK_INTENT_COOKIE, LINK_INTENT_SECONDS, sealLinkIntent } from "./link-intent";
export { unlinkExternalAccount, type UnlinkExternalAccountResult } from "./unlink-external-account";
export {
  ChangePasswordInput,
  ExternalProviderInput,
  PasswordResetToken,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UpdateCustomerProfileInput,
} from "./schemas";
export { publicOrigin, requestOrigin } from "./public-origin";
