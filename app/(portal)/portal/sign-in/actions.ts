"use server";

import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { clientAddress, SESSION_PROVIDER_ID, signIn } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { checkInvitationCode, redeemInvitation, type InvitationCodeRefusal, type InvitationForProfile } from "@/lib/identity";
import { CheckInvitationCodeInput, CreatePortalProfileInput } from "@/lib/identity/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput, rootTranslator, translateFieldErrors } from "../../../_lib/form-results";

/** The one message for a code that does not work, or the throttle's, as the form shows them. */
async function codeRefusal(refusal: InvitationCodeRefusal): Promise<ActionResult<never>> {
  const t = await getTranslations("portal.acceptInvitation.errors");
  if (refusal.code === "invalid_code") {
    const message = t("invalidCode");
    return { ok: false, code: refusal.code, message, fieldErrors: { code: message } };
  }
  const [format, { timeZone }] = await Promise.all([getFormatter(), findCompanyProfile(db)]);
  return { ok: false, code: refusal.code, message: t("tooManyAttempts", { time: format.dateTime(refusal.retryAt, { timeStyle: "short", timeZone }) }) };
}

/**
 * Accept invitation, first step: is the code good? A public endpoint: the answer is the same
 * for every code that does not work, and attempts are limited per client and per code.
 */
export async function checkInvitationCodeAction(input: unknown): Promise<ActionResult<InvitationForProfile>> {
  const parsed = CheckInvitationCodeInput.safeParse(input);
  if (!parsed.success) {
    const t = await rootTranslator();
    const key = parsed.error.issues[0]?.message ?? "portal.acceptInvitation.errors.invalidCode";
    const message = t.has(key) ? t(key) : t("portal.acceptInvitation.errors.invalidCode");
    return { ok: false, code: "invalid_input", message, fieldErrors: { code: message } };
  }
  const result = await checkInvitationCode(db, { code: parsed.data.code, clientKey: clientAddress(await headers()), now: new Date() });
  return result.ok ? { ok: true, value: result.value } : codeRefusal(result);
}

/**
 * Create your profile: redeems the invitation (one transaction) and signs the new portal user
 * in — the session cookie is set and the browser goes to the portal.
 */
export async function createPortalProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = CreatePortalProfileInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalidFormInput(parsed.error, "portal.acceptInvitation.errors.checkFields");
  const result = await redeemInvitation(db, {
    ...parsed.data,
    locale: await getLocale(),
    clientKey: clientAddress(await headers()),
    now: new Date(),
  });
  if (!result.ok) {
    switch (result.code) {
      case "invalid_code":
      case "too_many_attempts":
        return codeRefusal(result);
      case "password_rejected": {
        const t = await rootTranslator();
        return { ok: false, code: result.code, message: t("portal.acceptInvitation.errors.checkFields"), fieldErrors: translateFieldErrors(t, result.fieldErrors) };
      }
      case "email_in_use": {
        const [t, company] = await Promise.all([getTranslations("portal.acceptInvitation.errors"), findCompanyProfile(db)]);
        return { ok: false, code: result.code, message: t("emailInUse", { company: company.name ?? "Fieldbook" }) };
      }
    }
  }
  // Turns the new database session into the Auth.js cookie, then redirects (throws NEXT_REDIRECT).
  await signIn(SESSION_PROVIDER_ID, { sessionToken: result.value.sessionToken, redirectTo: "/portal" });
  return { ok: true, value: undefined };
}
