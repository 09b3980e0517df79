"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { setDefaultMailbox, setPasswordResetProcess, updateNotificationSetting } from "@/lib/mail";
import { SetDefaultMailboxInput, SetPasswordResetProcessInput, UpdateNotificationSettingInput } from "@/lib/mail/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../../_lib/action-results";

const NOTIFICATIONS_PATH = "/admin/settings/notifications";

export async function setPasswordResetProcessAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = SetPasswordResetProcessInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.process.outcomes");
  const result = await setPasswordResetProcess(db, { input: parsed.data, by: actor, now: new Date() });
  if (!result.ok) {
    if (result.code === "sender_mailbox_not_enabled") {
      const fix = t(`senderMailbox.${result.senderMailboxStatus ?? "NONE"}`, { name: result.senderName });
      return refusal(result.code, fix, { senderUserId: "admin.mail.errors.senderMailboxNotEnabled" });
    }
    return refusal(result.code, t(result.code), result.fieldErrors);
  }
  revalidatePath(NOTIFICATIONS_PATH);
  return { ok: true, value: undefined, message: parsed.data.enabled ? t("enabled") : t("disabled") };
}

export async function updateNotificationSettingAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = UpdateNotificationSettingInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.notifications.outcomes");
  const result = await updateNotificationSetting(db, { input: parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  revalidatePath(NOTIFICATIONS_PATH);
  return { ok: true, value: undefined, message: t("saved") };
}

export async function setDefaultMailboxAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = SetDefaultMailboxInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.defaultMailbox.outcomes");
  const result = await setDefaultMailbox(db, { mailboxId: parsed.data.mailboxId, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  revalidatePath(NOTIFICATIONS_PATH);
  return { ok: true, value: undefined, message: t("saved") };
}
