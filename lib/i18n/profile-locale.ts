import "server-only";

/**
 * The signed-in user's preferred locale, from their profile: it beats the cookie and the
 * browser so a customer reads their emails and pages in one language on every device.
 *
 * Identity (sign-in, profiles — product.md §1) does not exist yet, so there is nobody to
 * ask and this returns null. The identity work replaces the body: read the session, return
 * the profile's `locale` (or null when signed out or never chosen). Callers already handle
 * unsupported values.
 */
export async function getProfileLocale(): Promise<string | null> {
  return null;
}
