import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { getActor, homePathFor } from "@/lib/auth";
import { signInAction } from "../_actions/sign-in";
import { SignInNotice, type SignInSearchParams } from "./sign-in-notices";

/** The portal has its own page, with the Accept invitation tab (app/(portal)/portal/sign-in). */
type Surface = "admin" | "field";

const COPY = {
  admin: { title: "staffTitle", lead: "staffLead" },
  field: { title: "fieldTitle", lead: "fieldLead" },
} as const;

/** The staff sign-in page of one surface; someone already signed in goes straight to their home. */
export async function SignInPage({ surface, searchParams = {} }: { surface: Surface; searchParams?: SignInSearchParams }) {
  const actor = await getActor();
  if (actor?.kind === "staff") redirect(homePathFor(actor.role));

  const t = await getTranslations("auth.signIn");
  return (
    <SignInPanel title={t(COPY[surface].title)} lead={t(COPY[surface].lead)}>
      <div className="mb-5 empty:hidden">
        <SignInNotice searchParams={searchParams} />
      </div>
      <SignInForm
        action={signInAction}
        audience="staff"
        returnTo={`/${surface}`}
        labels={{ email: t("email"), password: t("password"), submit: t("submit"), submitting: t("submitting") }}
      />
    </SignInPanel>
  );
}

export async function signInMetadata() {
  const t = await getTranslations("auth.signIn");
  return { title: t("submit") };
}
