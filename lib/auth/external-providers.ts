/**
 * The OpenID Connect providers customers may link under "Manage external authentication"
 * (product.md §1), configured by environment variables (.env.example, README):
 *
 *   OIDC_PROVIDERS=generic,entra,google
 *   OIDC_GENERIC_ISSUER, OIDC_GENERIC_CLIENT_ID, OIDC_GENERIC_CLIENT_SECRET, OIDC_GENERIC_NAME
 *   OIDC_ENTRA_TENANT_ID, OIDC_ENTRA_CLIENT_ID, OIDC_ENTRA_CLIENT_SECRET
 *   OIDC_GOOGLE_CLIENT_ID, OIDC_GOOGLE_CLIENT_SECRET
 *
 * The id is also the callback path segment: register `<site>/api/auth/callback/<id>` as the
 * redirect URI with the provider. Pure: reads only the env object it is given.
 */

export type ExternalProviderId = "generic" | "entra" | "google";

export interface ExternalProvider {
  id: ExternalProviderId;
  /** Shown on buttons: "Sign in with {name}". */
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface ExternalProviderSettings {
  providers: ExternalProvider[];
  /** What is wrong with the configuration, for the server log (never shown to visitors). */
  problems: string[];
}

const KNOWN_IDS: readonly ExternalProviderId[] = ["generic", "entra", "google"];

export function isExternalProviderId(value: unknown): value is ExternalProviderId {
  return typeof value === "string" && (KNOWN_IDS as readonly string[]).includes(value);
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

/** Reads the providers; an incomplete one is left out (and named in `problems`), never half-configured. */
export function readExternalProviders(env: Env): ExternalProviderSettings {
  const listed = (read(env, "OIDC_PROVIDERS") ?? "")
    .split(",")
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id !== "");
  const providers: ExternalProvider[] = [];
  const problems: string[] = [];

  for (const id of new Set(listed)) {
    if (!isExternalProviderId(id)) {
      problems.push(`OIDC_PROVIDERS lists "${id}": the known providers are ${KNOWN_IDS.join(", ")}.`);
      continue;
    }
    const prefix = `OIDC_${id.toUpperCase()}_`;
    const clientId = read(env, `${prefix}CLIENT_ID`);
    const clientSecret = read(env, `${prefix}CLIENT_SECRET`);
    const issuer =
      id === "generic"
        ? read(env, "OIDC_GENERIC_ISSUER")
        : id === "entra"
          ? entraIssuer(read(env, "OIDC_ENTRA_TENANT_ID"))
          : "https://accounts.google.com";
    const missing = [
      ...(clientId ? [] : [`${prefix}CLIENT_ID`]),
      ...(clientSecret ? [] : [`${prefix}CLIENT_SECRET`]),
      ...(issuer ? [] : [id === "generic" ? "OIDC_GENERIC_ISSUER" : "OIDC_ENTRA_TENANT_ID"]),
    ];
    if (!clientId || !clientSecret || !issuer) {
      problems.push(`The "${id}" sign-in provider is off: set ${missing.join(", ")}.`);
      continue;
    }
    if (!isHttpUrl(issuer)) {
      problems.push(`The "${id}" sign-in provider is off: its issuer "${issuer}" is not an http(s) URL.`);
      continue;
    }
    const name = id === "generic" ? (read(env, "OIDC_GENERIC_NAME") ?? "OpenID Connect") : id === "entra" ? "Microsoft" : "Google";
    providers.push({ id, name, issuer, clientId, clientSecret });
  }
  return { providers, problems };
}

function entraIssuer(tenantId: string | null): string | null {
  if (!tenantId) return null;
  return `https://login.microsoftonline.com/${encodeURIComponent(tenantId)}/v2.0`;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
