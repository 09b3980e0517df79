"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { resetPassword, ResetPasswordInput } from "@/lib/auth";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput, rootTranslator, translateFieldErrors } from "../../../_lib/form-results";

/** Public: the emailed token is the authority. Success goes back to sign in with a notice. */
export async function resetPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = ResetPasswordInput.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "token")) return invalidLink();
    return invalidFormInput(parsed.error, "passwordReset.errors.checkFields");
  }

  const result = await resetPassword(db, { token: parsed.data.token, password: parsed.data.password, now: new Date() });
  if (!result.ok) {
    if (result.code === "invalid_token") return invalidLink();
    const t = await rootTranslator();
    return { ok: false, code: result.code, message: t("passwordReset.errors.checkFields"), fieldErrors: translateFieldErrors(t, result.fieldErrors) };
  }
  redirect("/portal/sign-in?reset=done");
}

async function invalidLink(): Promise<ActionResult> {
  const t = await getTranslations("passwordReset.reset");
  return { ok: false, code: "invalid_token", message: `${t("invalidTitle")}. ${t("invalid")}` };
}
