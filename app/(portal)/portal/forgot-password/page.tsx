import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { cn, focusRing } from "@/components/ui";
import { getActor, isPasswordResetAvailable } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { requestPasswordResetAction } from "./actions";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export async function generateMetadata() {
  const t = await getTranslations("passwordReset.forgot");
  return { title: t("title") };
}

/**
 * "Forgot password?" (product.md §1): a form only while the password-reset process can send;
 * otherwise the page says to contact the company.
 */
export default async function ForgotPasswordPage() {
  const actor = await getActor();
  if (actor?.kind === "customer") redirect("/portal/profile");

  const [t, tr, available, company] = await Promise.all([
    getTranslations("passwordReset.forgot"),
    getTranslations("passwordReset"),
    isPasswordResetAvailable(db),
    findCompanyProfile(db),
  ]);
  const companyName = company.name ?? (await getTranslations("common"))("appName");
  const backLink = (
    <p className="mt-6 text-center">
      <Link
        href="/portal/sign-in"
        className={cn("inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-800 underline-offset-4 hover:underline", focusRing)}
      >
        {tr("backToSignIn")}
      </Link>
    </p>
  );

  if (!available) {
    return (
      <SignInPanel title={t("unavailableTitle", { company: companyName })} lead={t("unavailable", { company: companyName })}>
        {backLink}
      </SignInPanel>
    );
  }
  return (
    <SignInPanel title={t("title")} lead={t("lead")}>
      <ForgotPasswordForm action={requestPasswordResetAction} />
      {backLink}
    </SignInPanel>
  );
}
