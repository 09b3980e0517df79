/**
 * Auth.js providers for the OpenID Connect sign-ins configured in the environment
 * (external-providers.ts). Auth.js runs the flow — discovery, PKCE, state and nonce, ID-token
 * checks — and hands the verified `sub` to the signIn callback (config.ts). Entra ID and
 * Google use Auth.js's presets (issuer quirks), with our stable ids and a plain profile.
 */
import "server-only";
import { type Provider } from "next-auth/providers";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { readExternalProviders, type ExternalProvider } from "./external-providers";

type OidcClaims = { sub?: unknown; name?: unknown; email?: unknown };

const CHECKS: ("pkce" | "state" | "nonce")[] = ["pkce", "state", "nonce"];

// Only who signed in matters: no profile photo, no extra API scopes.
function plainProfile(claims: OidcClaims) {
  return {
    id: typeof claims.sub === "string" ? claims.sub : undefined,
    name: typeof claims.name === "string" ? claims.name : null,
    email: typeof claims.email === "string" ? claims.email : null,
  };
}

function toAuthJsProvider(provider: ExternalProvider): Provider {
  const common = {
    id: provider.id,
    name: provider.name,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    issuer: provider.issuer,
    checks: CHECKS,
    authorization: { params: { scope: "openid profile email" } },
    profile: plainProfile,
  };
  switch (provider.id) {
    case "entra":
      return MicrosoftEntraID(common);
    case "google":
      return Google(common);
    case "generic":
      return { ...common, type: "oidc" };
  }
}

let logged = false;

/** The configured providers, read from process.env (problems are logged once per process). */
export function externalAuthProviders(): Provider[] {
  const { providers, problems } = readExternalProviders(process.env);
  if (!logged) {
    logged = true;
    for (const problem of problems) console.warn(`[fieldbook] ${problem}`);
  }
  return providers.map(toAuthJsProvider);
}

/** Ids and names of the configured providers, for sign-in buttons and the profile. */
export function configuredExternalProviders(): Pick<ExternalProvider, "id" | "name">[] {
  return readExternalProviders(process.env).providers.map(({ id, name }) => ({ id, name }));
}
