/**
 * Signing in through a provider: only an account linked from a signed-in profile opens a
 * session, found by (provider, subject) — never by email. The session is a database row like
 * a password sign-in's, so "Sign out everywhere" and resets end it too.
 */
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { createSession } from "./sessions";

export type SignInWithExternalAccountResult =
  | Ok<{ sessionToken: string }>
  /** No customer has linked this provider account (or theirs is disabled). */
  | Fail<"not_linked">
  /** Linked, but the customer's web roles no longer include portal access. */
  | Fail<"no_portal_access">;

export async function signInWithExternalAccount(
  db: Db,
  cmd: { provider: string; providerAccountId: string; now: Date },
): Promise<SignInWithExternalAccountResult> {
  const account = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: cmd.provider, providerAccountId: cmd.providerAccountId } },
    select: {
      user: {
        select: {
          id: true,
          disabledAt: true,
          contact: { select: { webRoles: { select: { webRole: { select: { key: true } } } } } },
        },
      },
    },
  });
  const user = account?.user;
  if (!user || user.disabledAt || !user.contact) return fail("not_linked");
  const webRoleKeys = user.contact.webRoles.map(({ webRole }) => webRole.key);
  if (!webRoleKeys.includes(BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers)) return fail("no_portal_access");
  return ok({ sessionToken: await createSession(db, user.id, cmd.now) });
}
