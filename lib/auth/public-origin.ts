/**
 * Where people reach this site, for links in emails (password reset, invitations):
 * FIELDBOOK_PUBLIC_URL when set ("https://service.example.com"), otherwise the origin the
 * request came to. Set it in production: a link built from a request's Host header is only as
 * trustworthy as the proxy in front of the app (Auth.js trusts it too: `trustHost`).
 */
export function publicOrigin(requestHeaders: Headers, env: Record<string, string | undefined> = process.env): string {
  const configured = env.FIELDBOOK_PUBLIC_URL?.trim();
  if (configured) return new URL(configured).origin;
  const host = requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() || requestHeaders.get("host") || `localhost:${env.PORT || 3000}`;
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return new URL(`${protocol}://${host}`).origin;
}
