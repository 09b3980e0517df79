import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ReactNode } from "react";
import { BookIcon, CalendarIcon, DashboardIcon, FileTextIcon, InboxIcon, KeyIcon, LogoMark, OutboxIcon, ShieldIcon, SlidersIcon, UsersIcon } from "@/components/icons";
import { focusRingOnDark, NavLink, SkipLink } from "@/components/ui";
import { can, getActor } from "@/lib/auth";
import { mailCatcherAvailable } from "@/lib/mail";
import { LanguageMenu } from "../../_components/language-menu";
import { SignOutButton } from "../../_components/sign-out-button";
import { AdminShell } from "./_components/admin-shell";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [t, tc, actor] = await Promise.all([getTranslations("admin"), getTranslations("common"), getActor()]);
  // Presentation only: pages check rights themselves (lib/auth/authorize.ts).
  const signedIn = actor?.kind === "staff";

  // Links to the areas this role may open (the pages still check).
  const linkClasses = `flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium text-slate-200 hover:bg-white/10 hover:text-white aria-[current=page]:bg-white/15 aria-[current=page]:text-white ${focusRingOnDark}`;
  const areas = signedIn
    ? [
        { href: "/admin/bookings", label: t("nav.bookings"), icon: <CalendarIcon className="size-5" />, shown: can(actor.role, "bookings:manage") },
        { href: "/admin/contacts", label: t("nav.contacts"), icon: <UsersIcon className="size-5" />, shown: can(actor.role, "contacts:manage") },
        { href: "/admin/web-roles", label: t("nav.webRoles"), icon: <KeyIcon className="size-5" />, shown: can(actor.role, "web-roles:manage") },
        { href: "/admin/outbox", label: t("nav.outbox"), icon: <OutboxIcon className="size-5" />, shown: can(actor.role, "outbox:view") },
        {
          href: "/admin/mail-catcher",
          label: t("nav.mailCatcher"),
          icon: <InboxIcon className="size-5" />,
          shown: can(actor.role, "mail-catcher:view") && mailCatcherAvailable(),
        },
        { href: "/admin/catalogue", label: t("nav.catalogue"), icon: <BookIcon className="size-5" />, shown: can(actor.role, "catalogue:manage") },
        { href: "/admin/settings", label: t("nav.settings"), icon: <SlidersIcon className="size-5" />, shown: can(actor.role, "settings:manage") },
        { href: "/admin/staff", label: t("nav.staff"), icon: <ShieldIcon className="size-5" />, shown: can(actor.role, "staff:manage") },
        { href: "/admin/audit-log", label: t("nav.auditLog"), icon: <FileTextIcon className="size-5" />, shown: can(actor.role, "audit-log:view") },
      ].filter((area) => area.shown)
    : [];

  return (
    <>
      <SkipLink>{tc("skipToContent")}</SkipLink>
      <AdminShell
        menuLabel={t("nav.menu")}
        closeMenuLabel={t("nav.closeMenu")}
        brand={
          <Link href="/admin" className={`flex min-w-0 items-center gap-2.5 rounded-lg ${focusRingOnDark}`}>
            <LogoMark className="size-9 shrink-0 text-brand-500" />
            <span className="min-w-0 leading-tight">
              <span className="block font-bold">{tc("appName")}</span>
              <span className="block text-xs text-slate-300">{t("tagline")}</span>
            </span>
          </Link>
        }
        languageMenu={<LanguageMenu appearance="dark" placement="up" align="start" />}
        account={signedIn ? <SignOutButton surface="admin" name={actor.name ?? actor.email} appearance="dark" /> : null}
        navigation={
          signedIn ? (
            <nav aria-label={t("nav.label")}>
              <ul className="space-y-1 pt-3 lg:pt-2">
                <li>
                  <NavLink
                    href="/admin"
                    className={`flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-medium text-slate-200 hover:bg-white/10 hover:text-white aria-[current=page]:bg-white/15 aria-[current=page]:text-white ${focusRingOnDark}`}
                  >
                    <DashboardIcon className="size-5" />
                    {t("nav.dashboard")}
                  </NavLink>
                </li>
                {areas.map((area) => (
                  <li key={area.href}>
                    <NavLink href={area.href} matchDescendants className={linkClasses}>
                      {area.icon}
                      {area.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null
        }
      >
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto max-w-6xl px-4 py-6 focus:outline-none sm:px-6 lg:px-10 lg:py-10"
        >
          {children}
        </main>
      </AdminShell>
    </>
  );
}
