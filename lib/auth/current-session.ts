import "server-only";
import { cache } from "react";
import { auth } from "./config";

/**
 * The session row of the device making this request (never its token), or null when signed
 * out: "Change password" ends every other session and keeps this one.
 */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const session = await auth();
  return session?.sessionId ?? null;
});
