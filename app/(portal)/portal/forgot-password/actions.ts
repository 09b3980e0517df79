"use server";

import { headers } from "next/headers";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { clientAddress, publicOrigin, requestPasswordReset, RequestPasswordResetInput } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput } from "../../../_lib/form-results";

/**
 * "Forgot password?" (public: no one is signed in). The answer is the same whether or not the
 * address belongs to a customer; only the process being off or too many requests differ, and
 * neither depends on the address existing.
 */
export async function requestPasswordResetAction(
  _previous: ActionResult<{ email: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  const parsed = RequestPasswordResetInput.safeParse({ email: formData.get("email") });
  if (!parsed.success) return invalidFormInput(parsed.error, "passwordReset.errors.checkFields");

  const requestHeaders = await headers();
  const result = await requestPasswordReset(db, {
    email: parsed.data.email,
    clientKey: clientAddress(requestHeaders),
    appUrl: publicOrigin(requestHeaders),
    locale: await getLocale(),
    now: new Date(),
  });
  const t = await getTranslations("passwordReset.forgot");
  if (!result.ok) {
    const company = (await findCompanyProfile(db)).name ?? (await getTranslations("common"))("appName");
    if (result.code === "unavailable") return { ok: false, code: result.code, message: t("unavailable", { company }) };
    const { timeZone } = await findCompanyProfile(db);
    const time = (await getFormatter()).dateTime(result.retryAt, { timeStyle: "short", timeZone });
    return { ok: false, code: result.code, message: t("tooManyRequests", { time }) };
  }
  return { ok: true, value: { email: parsed.data.email }, message: t("sent", { email: parsed.data.email }) };
}
