"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { approveMailbox, createMailbox, disableMailbox, testAndEnableMailbox, updateMailbox } from "@/lib/mail";
import { CreateMailboxInput, MailboxIdInput, UpdateMailboxInput } from "@/lib/mail/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../../_lib/action-results";

const MAILBOXES_PATH = "/admin/settings/mailboxes";

function refreshMailSettings() {
  revalidatePath(MAILBOXES_PATH);
  revalidatePath("/admin/settings/notifications");
}

export async function createMailboxAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = CreateMailboxInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.mailboxes.outcomes");
  const result = await createMailbox(db, { input: parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  refreshMailSettings();
  return { ok: true, value: undefined, message: t("created") };
}

export async function updateMailboxAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = UpdateMailboxInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.mailboxes.outcomes");
  const result = await updateMailbox(db, { input: parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  refreshMailSettings();
  const saved = result.value.status === "PENDING_APPROVAL" ? t("updatedNeedsApproval") : t("updatedNeedsTest");
  return {
    ok: true,
    value: undefined,
    message: result.value.passwordResetProcessSwitchedOff ? `${saved} ${t("processSwitchedOff")}` : saved,
  };
}

export async function approveMailboxAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = MailboxIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.mailboxes.outcomes");
  const result = await approveMailbox(db, { mailboxId: parsed.data.mailboxId, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refreshMailSettings();
  return { ok: true, value: undefined, message: t("approved") };
}

export async function testAndEnableMailboxAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = MailboxIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const [t, locale] = await Promise.all([getTranslations("admin.mail.mailboxes.outcomes"), getLocale()]);
  const result = await testAndEnableMailbox(db, { mailboxId: parsed.data.mailboxId, by: actor, now: new Date(), locale });
  // A failed test is recorded on the mailbox (lastTestError): refresh either way.
  refreshMailSettings();
  if (!result.ok) {
    const message = result.code === "smtp_test_failed" ? t("smtp_test_failed", { error: result.serverMessage }) : t(result.code);
    return refusal(result.code, message);
  }
  return { ok: true, value: undefined, message: t("enabled") };
}

export async function disableMailboxAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("settings:manage");
  const parsed = MailboxIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.mail.mailboxes.outcomes");
  const result = await disableMailbox(db, { mailboxId: parsed.data.mailboxId, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refreshMailSettings();
  return {
    ok: true,
    value: undefined,
    message: result.value.passwordResetProcessSwitchedOff ? `${t("disabled")} ${t("processSwitchedOff")}` : t("disabled"),
  };
}
