/**
 * The OpenID Connect provider the end-to-end tests sign in with: a real `oidc-provider` on
 * loopback (oidc-provider.ts, started by tests/playwright.config.ts), registered with the
 * e2e server as the "generic" provider through the OIDC_* variables below.
 */
import { E2E_BASE_URL } from "./environment";

export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT || 3190);
export const E2E_OIDC_ISSUER = `http://127.0.0.1:${E2E_OIDC_PORT}`;
export const E2E_OIDC_CLIENT_ID = "fieldbook-e2e";
export const E2E_OIDC_CLIENT_SECRET = "fieldbook-e2e-client-secret-not-for-production";
export const E2E_OIDC_NAME = "Test ID";
/**
 * The OpenID Connect tests browse the e2e server as `localhost`: Next.js rewrites a loopback IP
 * (127.0.0.1) to "localhost" in route handlers' URLs, so Auth.js's callback would see another
 * origin than the sign-in that set its cookies and its redirect_uri.
 */
export const E2E_OIDC_APP_URL = E2E_BASE_URL.replace("127.0.0.1", "localhost");
export const E2E_OIDC_REDIRECT_URI = `${E2E_OIDC_APP_URL}/api/auth/callback/generic`;

/** What the e2e server needs to offer "Sign in with Test ID". */
export const E2E_OIDC_SERVER_ENV = {
  OIDC_PROVIDERS: "generic",
  OIDC_GENERIC_ISSUER: E2E_OIDC_ISSUER,
  OIDC_GENERIC_CLIENT_ID: E2E_OIDC_CLIENT_ID,
  OIDC_GENERIC_CLIENT_SECRET: E2E_OIDC_CLIENT_SECRET,
  OIDC_GENERIC_NAME: E2E_OIDC_NAME,
};
