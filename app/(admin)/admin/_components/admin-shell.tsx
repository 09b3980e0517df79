"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { CloseIcon, MenuIcon } from "@/components/icons";
import { cn, focusRingOnDark } from "@/components/ui";

type AdminShellProps = {
  /** Logo and product name; shown in the sidebar and in the phone top bar. */
  brand: ReactNode;
  navigation: ReactNode;
  /** The language switcher; bottom of the sidebar, top bar on phones. */
  languageMenu: ReactNode;
  /** Who is signed in and Sign out; bottom of the sidebar, in the menu on phones. */
  account: ReactNode;
  menuLabel: string;
  closeMenuLabel: string;
  children: ReactNode;
};

/**
 * Sidebar on wide screens; on phones a top bar whose Menu button shows the same navigation
 * below it (a disclosure: aria-expanded on the button, the panel follows it in the DOM).
 */
export function AdminShell({
  brand,
  navigation,
  languageMenu,
  account,
  menuLabel,
  closeMenuLabel,
  children,
}: AdminShellProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();

  // A navigation closes the menu (no JavaScript: it never opened, the links still work).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setMenuOpen(false);
  }

  useEffect(() => {
    if (!menuOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setMenuOpen(false);
      toggleRef.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [menuOpen]);

  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <header className="sticky top-0 z-30 bg-brand-950 text-white lg:flex lg:h-dvh lg:flex-col">
        <div className="flex h-16 items-center justify-between gap-2 px-4 lg:h-auto lg:px-5 lg:pt-6 lg:pb-4">
          {brand}
          <div className="flex items-center gap-1 lg:hidden">
            {languageMenu}
            {navigation ? (
              <button
                ref={toggleRef}
                type="button"
                aria-expanded={menuOpen}
                aria-controls="admin-navigation"
                onClick={() => setMenuOpen((open) => !open)}
                className={cn(
                  "inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-semibold text-white hover:bg-white/10",
                  focusRingOnDark,
                )}
              >
                {menuOpen ? <CloseIcon className="size-5" /> : <MenuIcon className="size-5" />}
                {menuOpen ? closeMenuLabel : menuLabel}
              </button>
            ) : null}
          </div>
        </div>
        <div
          id="admin-navigation"
          className={cn(
            "border-t border-white/10 px-3 pb-4 lg:flex lg:flex-1 lg:flex-col lg:justify-between lg:overflow-y-auto lg:border-0",
            menuOpen ? "block" : "hidden",
          )}
        >
          {navigation}
          <div className="space-y-2 border-t border-white/10 pt-3">
            {account}
            <div className="hidden lg:block">{languageMenu}</div>
          </div>
        </div>
      </header>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
