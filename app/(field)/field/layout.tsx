import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { ChecklistIcon, LogoMark, MenuIcon, SearchIcon, SunIcon } from "@/components/icons";
import { cn, focusRingInset, focusRingOnDark, NavLink, SkipLink } from "@/components/ui";
import { getActor } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { LanguageMenu } from "../../_components/language-menu";
import { SignOutButton } from "../../_components/sign-out-button";

const tabClasses = "flex min-h-16 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium";

// Reads the company profile per request; `next build` never touches the database.
export const dynamic = "force-dynamic";

export default async function FieldLayout({ children }: { children: ReactNode }) {
  const [t, tc, company, actor] = await Promise.all([
    getTranslations("field"),
    getTranslations("common"),
    findCompanyProfile(db),
    getActor(),
  ]);
  // Presentation only: pages check rights themselves (lib/auth/authorize.ts).
  const signedIn = actor?.kind === "staff";

  // My day is the only screen so far; the others show in the bar, marked "soon", not linked.
  const comingSoon = [
    { key: "tasks", icon: <ChecklistIcon /> },
    { key: "search", icon: <SearchIcon /> },
    { key: "menu", icon: <MenuIcon /> },
  ] as const;

  return (
    // A phone-sized column, centred on larger screens.
    <div className="min-h-dvh bg-slate-200">
      <div className="mx-auto flex min-h-dvh max-w-[480px] flex-col bg-slate-50 sm:shadow-xl">
        <SkipLink>{tc("skipToContent")}</SkipLink>
        <header className="sticky top-0 z-30 bg-brand-800 text-white">
          <div className="flex h-14 items-center justify-between gap-2 pr-2 pl-4">
            <Link href="/field" className={cn("flex min-w-0 items-center gap-2.5 rounded-lg", focusRingOnDark)}>
              <LogoMark className="size-8 shrink-0 text-brand-500" />
              <span className="min-w-0 leading-tight">
                <span className="block truncate text-sm font-bold">{company.name ?? tc("appName")}</span>
                <span className="block text-xs text-brand-100">{t("tagline")}</span>
              </span>
            </Link>
            <div className="flex shrink-0 items-center">
              <LanguageMenu appearance="dark" />
              {signedIn ? <SignOutButton surface="field" name={actor.name ?? actor.email} appearance="dark" /> : null}
            </div>
          </div>
        </header>

        <main id="main" tabIndex={-1} className="flex-1 px-4 pt-5 pb-24 focus:outline-none">
          {children}
        </main>

        {signedIn ? (
          <nav
            data-bottom-nav
            aria-label={t("nav.label")}
            className="fixed inset-x-0 bottom-0 z-30 mx-auto max-w-[480px] border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)]"
          >
            <ul className="grid grid-cols-4">
              <li>
                <NavLink
                  href="/field"
                  className={cn(
                    tabClasses,
                    "relative text-slate-600 hover:text-slate-950",
                    "aria-[current=page]:font-semibold aria-[current=page]:text-brand-700",
                    "aria-[current=page]:before:absolute aria-[current=page]:before:inset-x-5 aria-[current=page]:before:top-0 aria-[current=page]:before:h-1 aria-[current=page]:before:rounded-b-full aria-[current=page]:before:bg-brand-700",
                    focusRingInset,
                  )}
                >
                  <SunIcon />
                  {t("nav.myDay")}
                </NavLink>
              </li>
              {comingSoon.map(({ key, icon }) => (
                <li key={key} className={cn(tabClasses, "text-slate-500")}>
                  {icon}
                  <span>{t(`nav.${key}`)}</span>
                  <span className="text-[0.6875rem] leading-none font-normal">{tc("soon")}</span>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </div>
  );
}
