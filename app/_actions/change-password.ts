"use server";

import { getFormatter, getTranslations } from "next-intl/server";
import { changePassword, ChangePasswordInput, currentSessionId, getActor } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput, rootTranslator, translateFieldErrors } from "../_lib/form-results";

/**
 * Change password, for anyone signed in (customer profile, staff account page). Every other
 * session of theirs ends; this one stays.
 */
export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = ChangePasswordInput.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return invalidFormInput(parsed.error, "account.password.errors.checkFields");
  const actor = await getActor();
  const t = await getTranslations("account.password");
  if (!actor) return { ok: false, code: "unauthenticated", message: t("errors.currentRequired") };

  const result = await changePassword(db, {
    userId: actor.userId,
    currentSessionId: await currentSessionId(),
    currentPassword: parsed.data.currentPassword,
    newPassword: parsed.data.newPassword,
    now: new Date(),
  });
  if (!result.ok) {
    if (result.code === "too_many_attempts") {
      const { timeZone } = await findCompanyProfile(db);
      const time = (await getFormatter()).dateTime(result.retryAt, { timeStyle: "short", timeZone });
      return { ok: false, code: result.code, message: t("errors.tooManyAttempts", { time }) };
    }
    const root = await rootTranslator();
    return { ok: false, code: result.code, message: t("errors.checkFields"), fieldErrors: translateFieldErrors(root, result.fieldErrors) };
  }
  return { ok: true, value: undefined, message: t("changed", { count: result.value.otherSessionsEnded }) };
}
