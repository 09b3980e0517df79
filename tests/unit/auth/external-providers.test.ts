import { describe, expect, it } from "vitest";
import { readExternalProviders } from "@/lib/auth/external-providers";

describe("OpenID Connect providers from the environment", () => {
  it("reads the generic issuer and the Entra ID and Google presets, in the listed order", () => {
    const { providers, problems } = readExternalProviders({
      OIDC_PROVIDERS: "google, generic ,entra",
      OIDC_GENERIC_ISSUER: "https://id.example.com/realms/customers",
      OIDC_GENERIC_CLIENT_ID: "fieldbook",
      OIDC_GENERIC_CLIENT_SECRET: "generic-secret",
      OIDC_GENERIC_NAME: "Example ID",
      OIDC_ENTRA_TENANT_ID: "00000000-1111-2222-3333-444444444444",
      OIDC_ENTRA_CLIENT_ID: "entra-client",
      OIDC_ENTRA_CLIENT_SECRET: "entra-secret",
      OIDC_GOOGLE_CLIENT_ID: "google-client",
      OIDC_GOOGLE_CLIENT_SECRET: "google-secret",
    });
    expect(problems).toEqual([]);
    expect(providers).toEqual([
      { id: "google", name: "Google", issuer: "https://accounts.google.com", clientId: "google-client", clientSecret: "google-secret" },
      { id: "generic", name: "Example ID", issuer: "https://id.example.com/realms/customers", clientId: "fieldbook", clientSecret: "generic-secret" },
      {
        id: "entra",
        name: "Microsoft",
        issuer: "https://login.microsoftonline.com/00000000-1111-2222-3333-444444444444/v2.0",
        clientId: "entra-client",
        clientSecret: "entra-secret",
      },
    ]);
  });

  it("has none when OIDC_PROVIDERS is empty or unset", () => {
    expect(readExternalProviders({})).toEqual({ providers: [], problems: [] });
    expect(readExternalProviders({ OIDC_PROVIDERS: " , " })).toEqual({ providers: [], problems: [] });
  });

  it("leaves out an incomplete or unknown provider and says which variables are missing", () => {
    const { providers, problems } = readExternalProviders({
      OIDC_PROVIDERS: "generic,entra,okta",
      OIDC_GENERIC_CLIENT_ID: "fieldbook",
      OIDC_ENTRA_CLIENT_ID: "entra-client",
      OIDC_ENTRA_CLIENT_SECRET: "entra-secret",
    });
    expect(providers).toEqual([]);
    expect(problems).toEqual([
      'The "generic" sign-in provider is off: set OIDC_GENERIC_CLIENT_SECRET, OIDC_GENERIC_ISSUER.',
      'The "entra" sign-in provider is off: set OIDC_ENTRA_TENANT_ID.',
      'OIDC_PROVIDERS lists "okta": the known providers are generic, entra, google.',
    ]);
  });

  it("refuses an issuer that is not an http(s) URL", () => {
    const { providers, problems } = readExternalProviders({
      OIDC_PROVIDERS: "generic",
      OIDC_GENERIC_ISSUER: "javascript:alert(1)",
      OIDC_GENERIC_CLIENT_ID: "a",
      OIDC_GENERIC_CLIENT_SECRET: "b",
    });
    expect(providers).toEqual([]);
    expect(problems).toHaveLength(1);
  });
});
