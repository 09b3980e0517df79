import { getTranslations } from "next-intl/server";
import { AccountSection } from "@/components/account/account-section";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { changePasswordAction } from "../_actions/change-password";
import { signOutEverywhereAction } from "../_actions/sign-out-everywhere";

/**
 * A staff member's own account (back office and field app): change password, sign out
 * everywhere. The page that renders it has already checked who is asking.
 */
export async function StaffAccountPage({ surface, email }: { surface: "admin" | "field"; email: string }) {
  const [t, tp, ts] = await Promise.all([
    getTranslations("account.staff"),
    getTranslations("account.password"),
    getTranslations("account.sessions"),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
        <p className="text-sm break-all text-slate-600">{email}</p>
      </header>
      <AccountSection title={tp("title")} lead={tp("lead")}>
        <ChangePasswordForm action={changePasswordAction} />
      </AccountSection>
      <AccountSection title={ts("title")} lead={ts("lead")}>
        <SignOutEverywhere action={signOutEverywhereAction} surface={surface} />
      </AccountSection>
    </div>
  );
}

export async function staffAccountMetadata() {
  const t = await getTranslations("account.staff");
  return { title: t("title") };
}
