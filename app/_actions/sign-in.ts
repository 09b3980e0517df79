"use server";

import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { clientAddress, homePathFor, SESSION_PROVIDER_ID, signIn, signInWithPassword, SignInInput } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";

/** Email + password sign-in for every surface (the form says which audience it serves). */
export async function signInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const refused = await signInOrRefuse(formData);
  // The form shows the email again (never the password).
  const email = formData.get("email");
  return { ...refused, values: { email: typeof email === "string" ? email.slice(0, 320) : "" } };
}

/** Signs in and redirects (throws NEXT_REDIRECT), or says why not. */
async function signInOrRefuse(formData: FormData): Promise<Extract<ActionResult, { ok: false }>> {
  const t = await getTranslations();
  const parsed = SignInInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0]), t(issue.message as Parameters<typeof t>[0])]),
    );
    return { ok: false, code: "invalid_input", message: t("auth.signIn.errors.emailInvalid"), fieldErrors };
  }

  const now = new Date();
  const { email, password, audience, returnTo } = parsed.data;
  const result = await signInWithPassword(db, {
    email,
    password,
    audience,
    clientKey: clientAddress(await headers()),
    now,
  });
  if (!result.ok) {
    switch (result.code) {
      case "too_many_attempts": {
        const format = await getFormatter();
        const { timeZone } = await findCompanyProfile(db);
        const time = format.dateTime(result.retryAt, { timeStyle: "short", timeZone });
        return { ok: false, code: result.code, message: t("auth.signIn.errors.tooManyAttempts", { time }) };
      }
      case "no_portal_access": {
        const { name } = await findCompanyProfile(db);
        return {
          ok: false,
          code: result.code,
          message: t("auth.signIn.errors.noPortalAccess", { company: name ?? t("common.appName") }),
        };
      }
      case "invalid_credentials":
        return { ok: false, code: result.code, message: t("auth.signIn.errors.invalidCredentials") };
    }
  }

  const destination =
    audience === "customer"
      ? returnTo?.startsWith("/portal")
        ? returnTo
        : "/portal"
      : staffDestination(result.value.staffRole, returnTo);
  // Turns the new database session into the Auth.js cookie, then redirects (throws NEXT_REDIRECT).
  await signIn(SESSION_PROVIDER_ID, { sessionToken: result.value.sessionToken, redirectTo: destination });
  throw new Error("signIn() returned instead of redirecting");
}

function staffDestination(role: Parameters<typeof homePathFor>[0] | null, returnTo: string | undefined): string {
  if (!role) return "/admin";
  const home = homePathFor(role);
  return returnTo?.startsWith(home) ? returnTo : home;
}
