/**
 * The origin the browser used for this request, as Auth.js derives it when a server action
 * starts a sign-in (X-Forwarded-Host, else Host; X-Forwarded-Proto, else http).
 */
export function requestOrigin(requestHeaders: Headers, env: Record<string, string | undefined> = process.env): string {
  const host = requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() || requestHeaders.get("host") || `localhost:${env.PORT || 3000}`;
  const protocol = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return new URL(`${protocol}://${host}`).origin;
}

/**
 * Where people reach this site, for links in emails (password reset, invitations):
 * FIELDBOOK_PUBLIC_URL when set ("https://service.example.com"), otherwise the origin the
 * request came to. Set it in production: a link built from a request's Host header is only as
 * trustworthy as the proxy in front of the app (Auth.js trusts it too: `trustHost`).
 */
export function publicOrigin(requestHeaders: Headers, env: Record<string, string | undefined> = process.env): string {
  const configured = env.FIELDBOOK_PUBLIC_URL?.trim();
  if (configured) return new URL(configured).origin;
  return requestOrigin(requestHeaders, env);
}
