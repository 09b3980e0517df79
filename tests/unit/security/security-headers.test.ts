// The security headers next.config.ts sends (issue 5 §9): the exact policy, per environment.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaderRules } from "@/lib/security/security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("Content-Security-Policy", () => {
  it("allows this site only, the map tiles for images, and no framing of the app", () => {
    const policy = directives(contentSecurityPolicy({ production: true }));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://tile.openstreetmap.org"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("frame-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("allows eval only in development", () => {
    expect(directives(contentSecurityPolicy({ production: false })).get("script-src")).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ production: true })).not.toContain("unsafe-eval");
  });

  it("lets forms go to the configured OpenID Connect issuers' origins, once each, and ignores what is not an http(s) URL", () => {
    const policy = directives(
      contentSecurityPolicy({
        production: true,
        formActionOrigins: [
          "https://login.microsoftonline.com/tenant-id/v2.0",
          "https://accounts.google.com",
          "https://login.microsoftonline.com/other/v2.0",
          "not a url",
          "javascript:alert(1)",
        ],
      }),
    );
    expect(policy.get("form-action")).toEqual(["'self'", "https://accounts.google.com", "https://login.microsoftonline.com"]);
  });
});

describe("header rules", () => {
  const headersOf = (production: boolean) => new Map(securityHeaderRules({ production })[0]!.headers.map(({ key, value }) => [key, value]));

  it("sends HSTS in production builds only", () => {
    expect(headersOf(true).get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(headersOf(false).has("Strict-Transport-Security")).toBe(false);
  });

  it("sets the referrer policy, nosniff, DENY framing and a restrictive permissions policy on every path", () => {
    const [everywhere] = securityHeaderRules({ production: true });
    expect(everywhere!.source).toBe("/:path*");
    const headers = headersOf(true);
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Permissions-Policy")).toContain("camera=()");
    expect(headers.get("Permissions-Policy")).toContain("microphone=()");
    expect(headers.get("Permissions-Policy")).toContain("geolocation=(self)");
  });

  it("sends no Referer from pages that carry a token or a code, after (so over) the site-wide policy", () => {
    const rules = securityHeaderRules({ production: true });
    const noReferrer = rules.slice(1);
    expect(noReferrer.map((rule) => [rule.source, rule.has?.[0]?.key ?? null])).toEqual([
      ["/portal/reset-password/:path*", null],
      ["/:path*", "code"],
      ["/:path*", "token"],
    ]);
    for (const rule of noReferrer) expect(rule.headers).toEqual([{ key: "Referrer-Policy", value: "no-referrer" }]);
  });
});
