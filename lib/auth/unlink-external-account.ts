/**
 * Removes one of the signed-in customer's own provider links. The last way to sign in is
 * never removed: without a password, the last linked provider stays.
 */
import { type Db } from "@/lib/db";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { writeIdentityAuditLog } from "./audit";

export type UnlinkExternalAccountResult = Ok<void> | Fail<"not_found"> | Fail<"last_sign_in_method">;

export async function unlinkExternalAccount(
  db: Db,
  cmd: { userId: string; provider: string; now: Date },
): Promise<UnlinkExternalAccountResult> {
  return db.$transaction(async (tx) => {
    // Serialises unlinks of one person: two tabs cannot each remove "the other" last method.
    const [user] = await tx.$queryRaw<Array<{ has_password: boolean }>>`
      SELECT password_hash IS NOT NULL AS has_password FROM users WHERE id = ${cmd.userId}::uuid FOR UPDATE`;
    if (!user) return fail("not_found");
    const accounts = await tx.account.findMany({ where: { userId: cmd.userId }, select: { id: true, provider: true } });
    const target = accounts.find((account) => account.provider === cmd.provider);
    if (!target) return fail("not_found");
    if (!user.has_password && accounts.length === 1) return fail("last_sign_in_method");

    await tx.account.delete({ where: { id: target.id } });
    await writeIdentityAuditLog(tx, {
      actorUserId: cmd.userId,
      action: "user.external_account_unlinked",
      userId: cmd.userId,
      data: { provider: cmd.provider },
      now: cmd.now,
    });
    return ok();
  });
}
