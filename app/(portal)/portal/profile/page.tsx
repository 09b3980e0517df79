import { type Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccountSection } from "@/components/account/account-section";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import {
  configuredExternalProviders,
  findCustomerProfile,
  listLinkedExternalAccounts,
  requireCustomer,
} from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { languageOptions } from "@/lib/i18n";
import { changePasswordAction } from "../../../_actions/change-password";
import { signOutEverywhereAction } from "../../../_actions/sign-out-everywhere";
import { linkExternalProviderAction, unlinkExternalProviderAction, updateProfileAction } from "./actions";
import { ExternalAccounts } from "./_components/external-accounts";
import { ProfileDetailsForm } from "./_components/profile-details-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.profile");
  return { title: t("title") };
}

/** Outcomes the OpenID Connect callback reports back here (lib/auth/complete-external-sign-in.ts). */
const EXTERNAL_OUTCOMES = [
  "linked",
  "link_expired",
  "session_ended",
  "provider_mismatch",
  "linked_to_another_user",
  "provider_already_linked",
  "failed",
] as const;
type ExternalOutcome = (typeof EXTERNAL_OUTCOMES)[number];

function isExternalOutcome(value: unknown): value is ExternalOutcome {
  return typeof value === "string" && (EXTERNAL_OUTCOMES as readonly string[]).includes(value);
}

/** The customer's profile: details, password, external sign-in, sign out everywhere. */
export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ external?: string | string[]; provider?: string | string[] }>;
}) {
  const customer = await requireCustomer();
  const [profile, linked, company, locale, format, t, te, ts, tp] = await Promise.all([
    findCustomerProfile(db, customer),
    listLinkedExternalAccounts(db, customer.userId),
    findCompanyProfile(db),
    getLocale(),
    getFormatter(),
    getTranslations("account"),
    getTranslations("account.external"),
    getTranslations("account.sessions"),
    getTranslations("account.password"),
  ]);
  if (!profile) redirect("/portal/sign-in");
  const companyName = company.name ?? (await getTranslations("common"))("appName");

  const providers = configuredExternalProviders();
  const rows = providers.map((provider) => {
    const link = linked.find((account) => account.provider === provider.id);
    return {
      id: provider.id,
      name: provider.name,
      linkedOn: link ? format.dateTime(link.linkedAt, { dateStyle: "long", timeZone: company.timeZone }) : null,
    };
  });

  const query = await searchParams;
  const outcome = isExternalOutcome(query.external) ? query.external : null;
  const outcomeProvider = providers.find((provider) => provider.id === query.provider)?.name ?? "";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{t("profile.title")}</h1>
        <p className="text-slate-700">{t("profile.lead")}</p>
      </header>

      <AccountSection title={t("details.title")}>
        <ProfileDetailsForm
          action={updateProfileAction}
          details={{ ...profile, locale: profile.locale ?? locale }}
          languages={languageOptions()}
          company={companyName}
        />
      </AccountSection>

      <AccountSection title={tp("title")} lead={profile.hasPassword ? tp("lead") : tp("noPassword")}>
        {profile.hasPassword ? <ChangePasswordForm action={changePasswordAction} /> : null}
      </AccountSection>

      <AccountSection title={te("title")} lead={te("lead")}>
        {outcome ? (
          <p
            role={outcome === "linked" ? "status" : "alert"}
            className={
              outcome === "linked"
                ? "rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm font-medium text-green-900"
                : "rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800"
            }
          >
            {te(`outcomes.${outcome}`, { provider: outcomeProvider })}
          </p>
        ) : null}
        <ExternalAccounts providers={rows} onLink={linkExternalProviderAction} onUnlink={unlinkExternalProviderAction} />
      </AccountSection>

      <AccountSection title={ts("title")} lead={ts("lead")}>
        <SignOutEverywhere action={signOutEverywhereAction} surface="portal" />
      </AccountSection>
    </div>
  );
}
