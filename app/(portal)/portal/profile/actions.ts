"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  configuredExternalProviders,
  currentSessionId,
  ExternalProviderInput,
  LINK_INTENT_COOKIE,
  LINK_INTENT_SECONDS,
  publicOrigin,
  requireCustomer,
  sealLinkIntent,
  signIn,
  unlinkExternalAccount,
  updateCustomerProfile,
  UpdateCustomerProfileInput,
} from "@/lib/auth";
import { db } from "@/lib/db";
import { isLocale, localeCookieMaxAgeSeconds, localeCookieName } from "@/lib/i18n";
import { type ActionResult } from "@/lib/result";
import { invalidFormInput } from "../../../_lib/form-results";

const PROFILE_PATH = "/portal/profile";

/** Name, phone and language of the signed-in customer; the language applies at once. */
export async function updateProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = UpdateCustomerProfileInput.safeParse({
    firstName: formData.get("firstName"),
    lastName: formData.get("lastName"),
    phone: formData.get("phone") ?? "",
    locale: formData.get("locale"),
  });
  if (!parsed.success) return invalidFormInput(parsed.error, "passwordReset.errors.checkFields");
  const customer = await requireCustomer();
  if (!isLocale(parsed.data.locale)) {
    const t = await getTranslations();
    return { ok: false, code: "invalid_input", message: t("passwordReset.errors.checkFields"), fieldErrors: { locale: t("i18n.unsupportedLocale") } };
  }

  const result = await updateCustomerProfile(db, { input: parsed.data, customer });
  if (!result.ok) redirect("/portal/sign-in");
  (await cookies()).set(localeCookieName, parsed.data.locale, {
    path: "/",
    maxAge: localeCookieMaxAgeSeconds,
    sameSite: "lax",
    httpOnly: true,
  });
  revalidatePath("/", "layout");
  // In the language just chosen.
  const t = await getTranslations({ locale: parsed.data.locale, namespace: "account.details" });
  return { ok: true, value: undefined, message: t("saved") };
}

/**
 * *Link* under "Manage external authentication": leaves a signed link intent bound to this
 * customer and this session, then sends the browser to the provider. The callback links the
 * account the provider vouches for to this customer only (lib/auth/complete-external-sign-in.ts).
 */
export async function linkExternalProviderAction(formData: FormData): Promise<void> {
  const parsed = ExternalProviderInput.safeParse({ provider: formData.get("provider") });
  const customer = await requireCustomer();
  const sessionId = await currentSessionId();
  const configured = configuredExternalProviders().some((provider) => provider.id === parsed.data?.provider);
  if (!parsed.success || !configured || !sessionId) redirect(PROFILE_PATH);

  const now = new Date();
  const secure = publicOrigin(await headers()).startsWith("https:");
  (await cookies()).set(
    LINK_INTENT_COOKIE,
    sealLinkIntent({
      userId: customer.userId,
      sessionId,
      provider: parsed.data.provider,
      expiresAt: new Date(now.getTime() + LINK_INTENT_SECONDS * 1000),
    }),
    // Sent only to Auth.js's callback; Lax still sends it on the provider's redirect back.
    { path: "/api/auth/callback", maxAge: LINK_INTENT_SECONDS, httpOnly: true, sameSite: "lax", secure },
  );
  await signIn(parsed.data.provider, { redirectTo: PROFILE_PATH });
}

/** *Unlink*: only the customer's own link, never their last way to sign in. */
export async function unlinkExternalProviderAction(input: unknown): Promise<ActionResult> {
  const parsed = ExternalProviderInput.safeParse(input);
  const t = await getTranslations("account.external.outcomes");
  if (!parsed.success) return { ok: false, code: "invalid_input", message: t("failed", { provider: "" }) };
  const customer = await requireCustomer();
  const name = configuredExternalProviders().find((provider) => provider.id === parsed.data.provider)?.name ?? parsed.data.provider;

  const result = await unlinkExternalAccount(db, { userId: customer.userId, provider: parsed.data.provider, now: new Date() });
  if (!result.ok) return { ok: false, code: result.code, message: t(result.code, { provider: name }) };
  revalidatePath(PROFILE_PATH);
  return { ok: true, value: undefined, message: t("unlinked", { provider: name }) };
}
