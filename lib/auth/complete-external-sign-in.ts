/**
 * What happens when a provider sends someone back (the Auth.js `signIn` callback):
 *  - with a link intent (the profile's *Link*): link the provider account to that customer and
 *    return to the profile; their current session goes on untouched;
 *  - without one: sign in the customer who linked this provider account, or refuse.
 * Either way the answer is a path to go to, or the new session's token for Auth.js's cookie.
 */
import { type Db } from "@/lib/db";
import { linkExternalAccount } from "./link-external-account";
import { openLinkIntent } from "./link-intent";
import { signInWithExternalAccount } from "./sign-in-with-external-account";

export type ExternalSignInOutcome = { sessionToken: string } | { redirectTo: string };

export interface CompleteExternalSignIn {
  provider: string;
  /** The `sub` claim of the verified ID token. */
  providerAccountId: string;
  /** The link-intent cookie's value, when the browser sent one. */
  linkIntentCookie: string | undefined;
  now: Date;
}

/** The `external` query parameter the profile and sign-in pages turn into a message. */
export function externalOutcomePath(page: "profile" | "sign-in", outcome: string, provider?: string): string {
  const query = new URLSearchParams({ external: outcome, ...(provider ? { provider } : {}) });
  return `/portal/${page}?${query.toString()}`;
}

export async function completeExternalSignIn(db: Db, cmd: CompleteExternalSignIn): Promise<ExternalSignInOutcome> {
  if (cmd.linkIntentCookie !== undefined) {
    const intent = openLinkIntent(cmd.linkIntentCookie, cmd.now);
    if (!intent) return { redirectTo: externalOutcomePath("profile", "link_expired", cmd.provider) };
    const linked = await linkExternalAccount(db, { intent, provider: cmd.provider, providerAccountId: cmd.providerAccountId, now: cmd.now });
    return { redirectTo: externalOutcomePath("profile", linked.ok ? "linked" : linked.code, cmd.provider) };
  }
  const signedIn = await signInWithExternalAccount(db, cmd);
  if (!signedIn.ok) return { redirectTo: externalOutcomePath("sign-in", signedIn.code, cmd.provider) };
  return { sessionToken: signedIn.value.sessionToken };
}
