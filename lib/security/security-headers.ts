/**
 * The HTTP security headers of every response (issue 5 §9), applied by next.config.ts's
 * `headers()`. Pure, so unit tests read the exact policy and next.config.ts can import it.
 *
 * Why no CSP nonce: Next.js puts a nonce on its inline scripts only when a proxy (middleware)
 * sets one per request, and proxy.ts would have to live at the repository's top level, which
 * is fixed (README, Architecture). So scripts are 'self' plus 'unsafe-inline' (Next.js's
 * inline bootstrap and flight data); everything else is as tight as the app allows.
 */

export interface SecurityHeaderOptions {
  /** `next build` / `next start`: no 'unsafe-eval', and HSTS is sent. */
  production: boolean;
  /**
   * Origins a form may submit to besides this site: the configured OpenID Connect issuers,
   * because a sign-in form's POST is redirected to the issuer and `form-action` also governs
   * that redirect.
   */
  formActionOrigins?: readonly string[];
}

export interface HeaderRule {
  source: string;
  has?: { type: "query"; key: string }[];
  headers: { key: string; value: string }[];
}

/** The live map's tiles (issue: tracking); the only remote resource a page loads. */
export const MAP_TILE_ORIGIN = "https://tile.openstreetmap.org";

/** Query parameters that carry a secret: pages reached with one send no Referer at all. */
export const SECRET_QUERY_PARAMETERS = ["code", "token"] as const;

export function contentSecurityPolicy({ production, formActionOrigins = [] }: SecurityHeaderOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // React's development build evaluates code (stack reconstruction, Fast Refresh).
    ["script-src", "'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"])],
    // Tailwind is a stylesheet; components set style attributes (toast offsets, colours).
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:", MAP_TILE_ORIGIN],
    ["font-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    // The admin's email preview is a sandboxed srcdoc frame with its own stricter policy.
    ["frame-src", "'self'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'", ...uniqueOrigins(formActionOrigins)],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
    ["manifest-src", "'self'"],
    ["worker-src", "'self'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

function uniqueOrigins(urls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === "https:" || parsed.protocol === "http:") origins.add(parsed.origin);
    } catch {
      // Not a URL: the provider configuration reports it; the policy just leaves it out.
    }
  }
  return [...origins].sort();
}

/**
 * Header rules for next.config.ts. Later rules override earlier ones for the same header, so
 * the token-carrying pages' `no-referrer` comes after the site-wide referrer policy.
 */
export function securityHeaderRules(options: SecurityHeaderOptions): HeaderRule[] {
  const everywhere = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    // Sent in every production build: browsers ignore it over plain http (localhost), and a
    // deployment behind TLS gets it without a setting to forget.
    ...(options.production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // For browsers without CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    // Geolocation is for the field app's location sharing. It is allowed to this site on
    // every page, not only under /field: a client-side navigation keeps the policy of the
    // page the tab first loaded (a technician who opened /admin/sign-in, then /field).
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self), payment=(), usb=()" },
  ];
  const noReferrer = [{ key: "Referrer-Policy", value: "no-referrer" }];
  return [
    { source: "/:path*", headers: everywhere },
    { source: "/portal/reset-password/:path*", headers: noReferrer },
    ...SECRET_QUERY_PARAMETERS.map((key) => ({ source: "/:path*", has: [{ type: "query" as const, key }], headers: noReferrer })),
  ];
}
