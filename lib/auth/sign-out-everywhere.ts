import { type Db } from "@/lib/db";
import { ok, type Ok } from "@/lib/result";
import { writeIdentityAuditLog } from "./audit";

/**
 * "Sign out everywhere": ends every session of the person, this device's too. Sessions are
 * checked on every request (lib/auth/config.ts), so other devices are signed out at their
 * next click.
 */
export async function signOutEverywhere(db: Db, cmd: { userId: string; now: Date }): Promise<Ok<{ sessionsEnded: number }>> {
  return db.$transaction(async (tx) => {
    const { count: sessionsEnded } = await tx.session.deleteMany({ where: { userId: cmd.userId } });
    await writeIdentityAuditLog(tx, {
      actorUserId: cmd.userId,
      action: "user.signed_out_everywhere",
      userId: cmd.userId,
      data: { sessionsEnded },
      now: cmd.now,
    });
    return ok({ sessionsEnded });
  });
}
