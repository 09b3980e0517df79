"use server";

import { redirect } from "next/navigation";
import { configuredExternalProviders, ExternalProviderInput, signIn } from "@/lib/auth";

/**
 * "Sign in with …" on the portal's sign-in page: Auth.js sends the browser to the provider;
 * the signIn callback (lib/auth/config.ts) opens a session only for a linked account.
 */
export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const parsed = ExternalProviderInput.safeParse({ provider: formData.get("provider") });
  const configured = configuredExternalProviders().some((provider) => provider.id === parsed.data?.provider);
  if (!parsed.success || !configured) redirect("/portal/sign-in");
  await signIn(parsed.data.provider, { redirectTo: "/portal" });
}
