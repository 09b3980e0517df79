import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompassIcon, LogoMark } from "@/components/icons";
import { Button } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const [t, tc] = await Promise.all([getTranslations("errors.notFound"), getTranslations("common")]);
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center bg-white px-4 py-12 text-center">
      <LogoMark className="size-10 text-brand-700" />
      <p className="sr-only">{tc("appName")}</p>
      <div aria-hidden="true" className="mt-8 flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <CompassIcon className="size-7" />
      </div>
      <p className="mt-6 text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("code")}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-950">{t("title")}</h1>
      <p className="mt-3 max-w-md text-slate-700">{t("description")}</p>
      <Button href="/" className="mt-8">
        {t("home")}
      </Button>
    </main>
  );
}
