export { type Actor, type CustomerActor, type StaffActor } from "./actor";
export { getActor, requireCustomer, requirePermission } from "./authorize";
export { auth, handlers, signIn, signOut, SESSION_PROVIDER_ID } from "./config";
export { can, homePathFor, STAFF_PERMISSIONS, type StaffPermission } from "./permissions";
export { SignInAudience, SignInInput } from "./schemas";
export { revokeUserSessions } from "./sessions";
export { signInWithPassword } from "./sign-in-with-password";
export { saveProfileLocale } from "./save-profile-locale";
