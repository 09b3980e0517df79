import { type ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

/** Read by screen readers, invisible on screen. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}

/** First focusable element of a layout: jumps over the navigation to `#main` (WCAG 2.4.1). */
export function SkipLink({ href = "#main", children }: { href?: string; children: ReactNode }) {
  return (
    <a
      href={href}
      className={cn(
        "sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-3 focus:font-semibold focus:text-brand-800 focus:shadow-lg",
        focusRing,
      )}
    >
      {children}
    </a>
  );
}
