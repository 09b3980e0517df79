import "server-only";
import { auth } from "@/lib/auth";

/**
 * The signed-in user's preferred locale, from their profile: it beats the cookie and the
 * browser so a person reads their pages and emails in one language on every device.
 * Null when signed out or never chosen; callers skip unsupported values.
 */
export async function getProfileLocale(): Promise<string | null> {
  const session = await auth();
  return session?.user.locale ?? null;
}
