/**
 * The client's address for throttling: the first X-Forwarded-For hop, else X-Real-IP, else
 * null. Behind a proxy that sets these headers it is the visitor's address; without one the
 * headers are the client's own word, so limits keyed on it are a speed bump, and every use case
 * that throttles also keys on something the client cannot change (the email, the code).
 */
export function clientAddress(requestHeaders: Headers): string | null {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || requestHeaders.get("x-real-ip")?.trim() || null;
}
