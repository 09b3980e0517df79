import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth";
import { signInAction } from "../../../_actions/sign-in";
import { PortalSignInExtras, SignInNotice, type SignInSearchParams } from "../../../_components/sign-in-notices";
import { signInMetadata } from "../../../_components/sign-in-page";
import { PortalSignIn } from "./_components/portal-sign-in";
import { checkInvitationCodeAction, createPortalProfileAction } from "./actions";

export const generateMetadata = signInMetadata;

/**
 * The portal's sign-in page (seed 000): Sign in, and Accept invitation — the tab the invitation
 * email links to, with the code filled in (`?tab=invitation&code=…`).
 */
export default async function PortalSignInPage({ searchParams }: { searchParams: Promise<SignInSearchParams> }) {
  const actor = await getActor();
  if (actor?.kind === "customer") redirect("/portal");
  const params = await searchParams;
  const t = await getTranslations("auth.signIn");
  const code = typeof params.code === "string" ? params.code.slice(0, 100) : "";

  return (
    <PortalSignIn
      initialTab={params.tab === "invitation" ? "invitation" : "sign-in"}
      initialCode={code}
      title={t("customerTitle")}
      lead={t("customerLead")}
      signIn={
        <>
          <div className="mb-5 empty:hidden">
            <SignInNotice searchParams={params} />
          </div>
          <SignInForm
            action={signInAction}
            audience="customer"
            returnTo="/portal"
            labels={{ email: t("email"), password: t("password"), submit: t("submit"), submitting: t("submitting") }}
          />
          <PortalSignInExtras />
        </>
      }
      onCheckCode={checkInvitationCodeAction}
      onCreateProfile={createPortalProfileAction}
    />
  );
}
