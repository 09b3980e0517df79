"use client";

import { useEffect, useRef } from "react";
import { GlobeIcon, ChevronDownIcon, CheckIcon } from "@/components/icons";
import { cn, focusRing, focusRingOnDark } from "@/components/ui";

export type LanguageSwitcherProps = {
  /** Server action receiving the form: field `locale`. */
  action: (formData: FormData) => Promise<void>;
  currentLocale: string;
  /** Every language, named in itself. */
  options: ReadonlyArray<{ locale: string; label: string }>;
  /** "Language", in the current language. */
  label: string;
  /** "light" on white headers, "dark" on brand-coloured bars and the dark sidebar. */
  appearance?: "light" | "dark";
  /** Which way the list opens: down from a header, up from the bottom of a sidebar. */
  placement?: "down" | "up";
  align?: "start" | "end";
};

/**
 * A disclosure listing the languages as submit buttons. Choosing one is an explicit press
 * (no change of context on mere selection, WCAG 3.2.2), and it works without JavaScript:
 * `<details>` opens natively and the form posts to the server action.
 */
export function LanguageSwitcher({
  action,
  currentLocale,
  options,
  label,
  appearance = "light",
  placement = "down",
  align = "end",
}: LanguageSwitcherProps) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const current = options.find((option) => option.locale === currentLocale);

  // Close on a click outside or on Escape, like any menu.
  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    function onPointerDown(event: PointerEvent) {
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape" && details?.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    }
    document.addEventListener("pointerdown", onPointerDown);
    details.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      details.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  return (
    <details ref={detailsRef} className="group relative">
      <summary
        className={cn(
          "flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium [&::-webkit-details-marker]:hidden",
          appearance === "light"
            ? "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            : "text-white hover:bg-white/10",
          appearance === "light" ? focusRing : focusRingOnDark,
        )}
      >
        <GlobeIcon className="size-5 shrink-0" />
        <span className="sr-only">{label}: </span>
        {/* Phones show the short code to leave the header to the company name. */}
        <span lang={currentLocale} className="sr-only sm:not-sr-only">
          {current?.label ?? currentLocale}
        </span>
        <span className="uppercase sm:hidden">{currentLocale.split("-")[0]}</span>
        <ChevronDownIcon className="size-4 shrink-0 transition-transform group-open:rotate-180" />
      </summary>
      <form
        action={action}
        onSubmit={() => {
          if (detailsRef.current) detailsRef.current.open = false;
        }}
        className={cn(
          "absolute z-40 w-48 rounded-xl border border-slate-200 bg-white p-1.5 text-slate-900 shadow-lg",
          placement === "down" ? "top-full mt-2" : "bottom-full mb-2",
          align === "end" ? "right-0" : "left-0",
        )}
      >
        <ul aria-label={label}>
          {options.map((option) => {
            const isCurrent = option.locale === currentLocale;
            return (
              <li key={option.locale}>
                <button
                  type="submit"
                  name="locale"
                  value={option.locale}
                  lang={option.locale}
                  aria-current={isCurrent ? "true" : undefined}
                  className={cn(
                    "flex min-h-11 w-full items-center justify-between gap-3 rounded-lg px-3 text-left text-base hover:bg-slate-100",
                    isCurrent && "font-semibold text-brand-800",
                    focusRing,
                  )}
                >
                  {option.label}
                  {isCurrent ? <CheckIcon className="size-5" /> : null}
                </button>
              </li>
            );
          })}
        </ul>
      </form>
    </details>
  );
}
