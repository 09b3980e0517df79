import { SETTINGS_ID, type Db, type Tx } from "@/lib/db";

/**
 * Whether "Forgot password?" can send anything: the "Send password reset to contact" process
 * is on and its From is a staff user whose mailbox is ENABLED (product.md §1). Otherwise the
 * page tells the customer to contact the company instead of showing a form.
 */
export async function isPasswordResetAvailable(db: Db | Tx): Promise<boolean> {
  const settings = await db.settings.findUnique({
    where: { id: SETTINGS_ID },
    select: { passwordResetProcessEnabled: true, passwordResetSenderUserId: true },
  });
  if (!settings?.passwordResetProcessEnabled || !settings.passwordResetSenderUserId) return false;
  const sendingMailboxes = await db.mailbox.count({
    where: { ownerUserId: settings.passwordResetSenderUserId, status: "ENABLED", owner: { disabledAt: null } },
  });
  return sendingMailboxes > 0;
}
