import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import {
  ArrowRightIcon,
  CalendarCheckIcon,
  CheckCircleIcon,
  ClockIcon,
  DashboardIcon,
  LogoMark,
  PhoneIcon,
  ShieldIcon,
  UserIcon,
  TruckIcon,
  WrenchIcon,
  CodeIcon,
} from "@/components/icons";
import { Button, cn, focusRing, SkipLink } from "@/components/ui";
import { languageName, locales } from "@/lib/i18n";
import { LanguageMenu } from "./_components/language-menu";

export default async function ProductPage() {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations("home"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  // "English and French" today; a new catalogue in lib/i18n/messages joins the list.
  const languages = format.list(
    locales.map((other) => languageName(other, locale)),
    { type: "conjunction" },
  );

  const surfaces: { href: string; icon: ReactNode; key: "portal" | "admin" | "field"; accent: string }[] = [
    { href: "/portal", icon: <UserIcon />, key: "portal", accent: "bg-brand-50 text-brand-700" },
    { href: "/admin", icon: <DashboardIcon />, key: "admin", accent: "bg-amber-50 text-amber-800" },
    { href: "/field", icon: <WrenchIcon />, key: "field", accent: "bg-emerald-50 text-emerald-800" },
  ];

  const steps: { icon: ReactNode; key: "book" | "steer" | "travel" | "done" }[] = [
    { icon: <CalendarCheckIcon />, key: "book" },
    { icon: <DashboardIcon />, key: "steer" },
    { icon: <TruckIcon />, key: "travel" },
    { icon: <CheckCircleIcon />, key: "done" },
  ];

  const principles: { icon: ReactNode; key: "noDoubleBookings" | "rightTime" | "phoneFirst" | "openSource" }[] = [
    { icon: <ShieldIcon />, key: "noDoubleBookings" },
    { icon: <ClockIcon />, key: "rightTime" },
    { icon: <PhoneIcon />, key: "phoneFirst" },
    { icon: <CodeIcon />, key: "openSource" },
  ];

  return (
    <div className="flex min-h-dvh flex-col bg-white">
      <SkipLink>{tc("skipToContent")}</SkipLink>
      <header className="border-b border-slate-200">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Link href="/" className={cn("flex items-center gap-2.5 rounded-lg", focusRing)}>
            <LogoMark className="size-9 text-brand-700" />
            <span className="text-lg font-bold tracking-tight text-slate-950">{tc("appName")}</span>
          </Link>
          <LanguageMenu />
        </div>
      </header>

      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <section className="bg-gradient-to-b from-brand-50 to-white">
          <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 pt-10 pb-14 sm:px-6 sm:pt-16 sm:pb-20 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-16">
            <div>
              <p className="inline-flex items-center gap-2 rounded-full bg-white px-3 py-1 text-sm font-medium text-brand-800 ring-1 ring-brand-200">
                <CalendarCheckIcon className="size-4" />
                {t("hero.eyebrow")}
              </p>
              <h1 className="mt-5 text-4xl font-bold tracking-tight text-balance text-slate-950 sm:text-5xl">
                {t("hero.title")}
              </h1>
              <p className="mt-5 max-w-2xl text-lg text-pretty text-slate-700 sm:text-xl">{t("hero.lead")}</p>
              <div className="mt-8 flex flex-col gap-3 sm:flex-row">
                <Button href="/portal" size="lg" icon={<UserIcon className="size-5" />}>
                  {t("hero.primary")}
                </Button>
                <Button href="/admin" size="lg" variant="secondary" icon={<DashboardIcon className="size-5" />}>
                  {t("hero.secondary")}
                </Button>
              </div>
            </div>

            <section
              aria-labelledby="steps-title"
              className="rounded-2xl bg-white p-6 shadow-lg ring-1 ring-slate-200 sm:p-7"
            >
              <h2 id="steps-title" className="text-lg font-semibold text-slate-950">
                {t("steps.title")}
              </h2>
              <ol className="mt-6 space-y-6">
                {steps.map(({ icon, key }, index) => (
                  <li key={key} className="relative flex gap-4">
                    {index < steps.length - 1 ? (
                      <span aria-hidden="true" className="absolute top-11 bottom-[-1.25rem] left-5 w-px bg-brand-200" />
                    ) : null}
                    <span
                      aria-hidden="true"
                      className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-700 text-white [&>svg]:size-5"
                    >
                      {icon}
                    </span>
                    <div className="pt-1.5">
                      <h3 className="font-semibold text-slate-950">{t(`steps.${key}.title`)}</h3>
                      <p className="mt-1 text-sm text-slate-700">{t(`steps.${key}.description`)}</p>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          </div>
        </section>

        <section aria-labelledby="surfaces-title" className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          <h2 id="surfaces-title" className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">
            {t("surfaces.title")}
          </h2>
          <p className="mt-3 max-w-2xl text-lg text-slate-700">{t("surfaces.lead")}</p>
          <ul className="mt-10 grid gap-5 md:grid-cols-3">
            {surfaces.map(({ href, icon, key, accent }) => (
              <li
                key={key}
                className="relative flex flex-col rounded-2xl border border-slate-200 bg-white p-6 shadow-sm transition-shadow hover:shadow-md"
              >
                <div className={cn("flex size-12 items-center justify-center rounded-xl", accent)}>{icon}</div>
                <h3 className="mt-5 text-xl font-semibold text-slate-950">{t(`surfaces.${key}.title`)}</h3>
                <p className="mt-1 text-sm font-medium text-slate-600">{t(`surfaces.${key}.audience`)}</p>
                <p className="mt-4 flex-1 text-base text-slate-700">{t(`surfaces.${key}.description`)}</p>
                {/* The whole card is clickable; the link text is its accessible name. */}
                <Link
                  href={href}
                  className={cn(
                    "mt-2 inline-flex min-h-11 items-center gap-2 self-start rounded-lg font-semibold text-brand-700 hover:text-brand-900",
                    "after:absolute after:inset-0 after:rounded-2xl",
                    focusRing,
                  )}
                >
                  {t(`surfaces.${key}.link`)}
                  <ArrowRightIcon className="size-5" />
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="principles-title" className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
            <h2 id="principles-title" className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">
              {t("principles.title")}
            </h2>
            <ul className="mt-10 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
              {principles.map(({ icon, key }) => (
                <li key={key}>
                  <div className="flex size-10 items-center justify-center rounded-lg bg-white text-brand-700 ring-1 ring-slate-200">
                    {icon}
                  </div>
                  <h3 className="mt-4 font-semibold text-slate-950">{t(`principles.${key}.title`)}</h3>
                  <p className="mt-2 text-slate-700">{t(`principles.${key}.description`)}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>

      <footer className="border-t border-slate-200">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <p className="flex items-center gap-2">
            <LogoMark className="size-5 text-slate-500" />
            {t("footer.licence")}
          </p>
          <p>{t("footer.languages", { languages })}</p>
        </div>
      </footer>
    </div>
  );
}
