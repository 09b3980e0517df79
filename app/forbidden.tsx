import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LogoMark } from "@/components/icons";
import { Button } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forbidden");
  return { title: t("title") };
}

/** Rendered with status 403 when a signed-in person lacks the permission (lib/auth/authorize.ts). */
export default async function Forbidden() {
  const [t, tc] = await Promise.all([getTranslations("auth.forbidden"), getTranslations("common")]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center bg-white px-4 py-12 text-center">
      <LogoMark className="size-10 text-brand-700" />
      <p className="sr-only">{tc("appName")}</p>
      <p className="mt-8 text-sm font-semibold tracking-wide text-brand-700 uppercase">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-950">{t("title")}</h1>
      <p className="mt-3 max-w-md text-slate-700">{t("description")}</p>
      <Button href="/" className="mt-8">
        {t("home")}
      </Button>
    </main>
  );
}
