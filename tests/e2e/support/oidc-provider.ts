/**
 * A real OpenID Connect provider on loopback for the end-to-end tests (node-oidc-provider):
 * one confidential client (the e2e server), authorization code with PKCE, and its built-in
 * development sign-in form, where any login name is an account whose `sub` is that name and
 * whose email is `<login>@` + the domain typed after it, if any — so a test can make the
 * provider claim a customer's own address and check that Fieldbook still doesn't match it.
 * Consent is granted automatically. Run: tsx tests/e2e/support/oidc-provider.ts
 */
import Provider, { type Configuration } from "oidc-provider";
import { E2E_OIDC_CLIENT_ID, E2E_OIDC_CLIENT_SECRET, E2E_OIDC_ISSUER, E2E_OIDC_PORT, E2E_OIDC_REDIRECT_URI } from "./oidc";

const configuration: Configuration = {
  clients: [
    {
      client_id: E2E_OIDC_CLIENT_ID,
      client_secret: E2E_OIDC_CLIENT_SECRET,
      redirect_uris: [E2E_OIDC_REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // "alice" → sub "alice", alice@idp.test; "alice@example.com" → sub "alice@example.com", that email.
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, email: id.includes("@") ? id : `${id}@idp.test`, email_verified: true, name: `Test ${id}` }),
  }),
  // A test provider: the user already agreed to share openid, email and profile with the client.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["fieldbook-e2e-oidc-cookie-key"] },
};

const provider = new Provider(E2E_OIDC_ISSUER, configuration);
const server = provider.listen(E2E_OIDC_PORT, "127.0.0.1");
console.log(`OpenID Connect test provider on ${E2E_OIDC_ISSUER}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
