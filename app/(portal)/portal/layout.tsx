import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { CalendarIcon, HomeIcon, LogoMark, UserIcon } from "@/components/icons";
import { cn, focusRing, focusRingInset, NavLink, SkipLink } from "@/components/ui";
import { getActor } from "@/lib/auth";
import { findCompanyProfile } from "@/lib/company";
import { db } from "@/lib/db";
import { LanguageMenu } from "../../_components/language-menu";
import { SignOutButton } from "../../_components/sign-out-button";

// Icons only from sm up: on a phone the three items must fit one row, in French too.
const navItemClasses =
  "inline-flex min-h-12 items-center gap-2 border-b-2 px-2.5 text-sm font-medium whitespace-nowrap sm:px-3 [&>svg]:hidden sm:[&>svg]:block";

// Reads the company profile per request; `next build` never touches the database.
export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [t, tc, company, actor] = await Promise.all([
    getTranslations("portal"),
    getTranslations("common"),
    findCompanyProfile(db),
    getActor(),
  ]);
  // Presentation only: pages check rights themselves (lib/auth/authorize.ts).
  const signedIn = actor?.kind === "customer";

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink>{tc("skipToContent")}</SkipLink>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-3xl px-4">
          <div className="flex h-16 items-center justify-between gap-3">
            <Link href="/portal" className={cn("flex min-w-0 items-center gap-2.5 rounded-lg", focusRing)}>
              <LogoMark className="size-9 shrink-0 text-brand-700" />
              <span className="min-w-0 leading-tight">
                <span className="line-clamp-2 font-bold text-slate-950">{company.name ?? tc("appName")}</span>
                <span className="block text-xs text-slate-600">{t("tagline")}</span>
              </span>
            </Link>
            <div className="flex min-w-0 items-center">
              <LanguageMenu />
              {signedIn ? <SignOutButton surface="portal" name={actor.name ?? actor.email} /> : null}
            </div>
          </div>
          {signedIn ? (
            <nav aria-label={t("nav.label")} className="-mx-4 overflow-x-auto px-1">
              <ul className="flex">
                <li>
                  <NavLink
                    href="/portal"
                    className={cn(
                      navItemClasses,
                      "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-950",
                      "aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800",
                      focusRingInset,
                    )}
                  >
                    <HomeIcon className="size-5" />
                    {t("nav.home")}
                  </NavLink>
                </li>
                <li>
                  <NavLink
                    href="/portal/book"
                    className={cn(
                      navItemClasses,
                      "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-950",
                      "aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800",
                      focusRingInset,
                    )}
                  >
                    <CalendarIcon className="size-5" />
                    {t("nav.book")}
                  </NavLink>
                </li>
                <li>
                  <NavLink
                    href="/portal/profile"
                    className={cn(
                      navItemClasses,
                      "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-950",
                      "aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800",
                      focusRingInset,
                    )}
                  >
                    <UserIcon className="size-5" />
                    {t("nav.profile")}
                  </NavLink>
                </li>
              </ul>
            </nav>
          ) : null}
        </div>
      </header>

      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 focus:outline-none sm:py-10">
        {children}
      </main>

      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-3xl px-4 py-5 text-sm text-slate-600">
          <Link
            href="/"
            className={cn("inline-flex min-h-11 items-center gap-2 rounded-lg hover:text-slate-900", focusRing)}
          >
            <LogoMark className="size-5 text-slate-500" />
            {tc("poweredBy")}
          </Link>
        </div>
      </footer>
    </div>
  );
}
