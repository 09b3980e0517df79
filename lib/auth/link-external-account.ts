/**
 * Attaches a provider account to the customer who pressed *Link* (the link intent), and to
 * nobody else: a provider account already linked to another person is refused, whatever its
 * email says, and a customer links at most one account per provider. The user's row is locked
 * so two links racing for one customer cannot both pass the checks.
 */
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeIdentityAuditLog } from "./audit";
import { type LinkIntent } from "./link-intent";

export interface LinkExternalAccount {
  intent: LinkIntent;
  /** The provider the round trip came back from, and the subject (`sub`) it vouched for. */
  provider: string;
  providerAccountId: string;
  now: Date;
}

export type LinkExternalAccountResult =
  | Ok<void>
  /** The round trip came back from another provider than the one the intent named. */
  | Fail<"provider_mismatch">
  /** The session that pressed Link has ended (signed out, revoked, expired) or the user was disabled. */
  | Fail<"session_ended">
  | Fail<"linked_to_another_user">
  | Fail<"provider_already_linked">;

export async function linkExternalAccount(db: Db, cmd: LinkExternalAccount): Promise<LinkExternalAccountResult> {
  if (cmd.provider !== cmd.intent.provider) return fail("provider_mismatch");
  const userId = cmd.intent.userId;

  return db.$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: cmd.intent.sessionId, userId, expires: { gt: cmd.now }, user: { disabledAt: null, contactId: { not: null } } },
      select: { id: true },
    });
    if (!session) return fail("session_ended");
    await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;

    const owner = await tx.account.findUnique({
      where: { provider_providerAccountId: { provider: cmd.provider, providerAccountId: cmd.providerAccountId } },
      select: { userId: true },
    });
    if (owner) return owner.userId === userId ? ok() : fail("linked_to_another_user");
    const sameProvider = await tx.account.count({ where: { userId, provider: cmd.provider } });
    if (sameProvider > 0) return fail("provider_already_linked");

    // ON CONFLICT DO NOTHING: another customer linking the same account at this instant wins
    // cleanly instead of aborting this transaction. No provider tokens are kept: Fieldbook
    // only needs to know who signed in.
    const { count } = await tx.account.createMany({
      data: [{ userId, type: "oidc", provider: cmd.provider, providerAccountId: cmd.providerAccountId, createdAt: cmd.now }],
      skipDuplicates: true,
    });
    if (count === 0) return fail("linked_to_another_user");
    await writeIdentityAuditLog(tx, {
      actorUserId: userId,
      action: "user.external_account_linked",
      userId,
      data: { provider: cmd.provider },
      now: cmd.now,
    });
    return ok();
  });
}
