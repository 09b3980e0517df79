import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses, cn, focusRing } from "@/components/ui";
import { configuredExternalProviders } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { signInWithProviderAction } from "../_actions/sign-in-with-provider";

export type SignInSearchParams = Record<string, string | string[] | undefined>;

const EXTERNAL_SIGN_IN_REFUSALS = ["not_linked", "no_portal_access", "failed"] as const;

/**
 * What the sign-in page says above the form after a redirect: a password reset done, signed
 * out everywhere, or a provider sign-in refused (lib/auth/complete-external-sign-in.ts; Auth.js
 * adds `error` when the provider round trip itself failed).
 */
export async function SignInNotice({ searchParams }: { searchParams: SignInSearchParams }) {
  const [tr, ts, te] = await Promise.all([
    getTranslations("passwordReset"),
    getTranslations("account.sessions"),
    getTranslations("externalAuth.errors"),
  ]);
  const status = "rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm font-medium text-green-900";
  const alert = "rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800";

  if (searchParams.reset === "done") return <p role="status" className={status}>{tr("done")}</p>;
  if (searchParams.signedOut === "everywhere") return <p role="status" className={status}>{ts("done")}</p>;
  const refusal = EXTERNAL_SIGN_IN_REFUSALS.find((code) => code === searchParams.external) ?? (searchParams.error ? "failed" : null);
  if (!refusal) return null;
  const company = (await findCompanyProfile(db)).name ?? (await getTranslations("common"))("appName");
  return <p role="alert" className={alert}>{te(refusal, { company })}</p>;
}

/** Below the portal's password form: "Forgot password?" and a button per configured provider. */
export async function PortalSignInExtras() {
  const [tr, te] = await Promise.all([getTranslations("passwordReset"), getTranslations("externalAuth")]);
  const providers = configuredExternalProviders();
  return (
    <div className="mt-5 space-y-5">
      <p className="text-center">
        <Link
          href="/portal/forgot-password"
          className={cn("inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-800 underline-offset-4 hover:underline", focusRing)}
        >
          {tr("forgotLink")}
        </Link>
      </p>
      {providers.length > 0 ? (
        <>
          <div className="flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200" />
            {te("or")}
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <ul className="space-y-3">
            {providers.map((provider) => (
              <li key={provider.id}>
                <form action={signInWithProviderAction}>
                  <input type="hidden" name="provider" value={provider.id} />
                  <button type="submit" className={buttonClasses({ variant: "secondary", fullWidth: true })}>
                    {te("signInWith", { provider: provider.name })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
