import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { Button } from "@/components/ui";
import { isPasswordResetTokenUsable, PasswordResetToken } from "@/lib/auth";
import { db } from "@/lib/db";
import { resetPasswordAction } from "./actions";
import { ResetPasswordForm } from "./_components/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset.reset");
  // The token is in this page's address: never send it on in a Referer header.
  return { title: t("title"), referrer: "no-referrer" };
}

/**
 * The emailed link's page (public): the form while the link is usable, else a way to ask for
 * a new one. Reading the page does not use the token; saving does.
 */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations("passwordReset.reset");
  const token = PasswordResetToken.safeParse((await searchParams).token);
  const usable = token.success && (await isPasswordResetTokenUsable(db, token.data, new Date()));

  if (!token.success || !usable) {
    return (
      <SignInPanel title={t("invalidTitle")} lead={t("invalid")}>
        <Button href="/portal/forgot-password" fullWidth>
          {t("requestNew")}
        </Button>
      </SignInPanel>
    );
  }
  return (
    <SignInPanel title={t("title")} lead={t("lead")}>
      <ResetPasswordForm action={resetPasswordAction} token={token.data} />
    </SignInPanel>
  );
}
