import { useId, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

type TableProps = {
  /** Names the table and its scroll region; every table has one (WCAG 1.3.1). */
  caption: ReactNode;
  /** Keep the caption for screen readers only, when a visible heading already says it. */
  captionHidden?: boolean;
  children: ReactNode;
  className?: string;
};

/**
 * A table that scrolls sideways inside its own box on narrow screens instead of widening the
 * page. The box is focusable so keyboard users can scroll it too.
 */
export function Table({ caption, captionHidden = false, children, className }: TableProps) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={cn("overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm", focusRing, className)}
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption
          id={captionId}
          className={cn(captionHidden ? "sr-only" : "px-4 pt-4 pb-2 text-left text-base font-semibold text-slate-900")}
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ className, ...props }: ComponentPropsWithoutRef<"thead">) {
  return <thead {...props} className={cn("border-b border-slate-200 bg-slate-50", className)} />;
}

export function TableBody({ className, ...props }: ComponentPropsWithoutRef<"tbody">) {
  return <tbody {...props} className={cn("divide-y divide-slate-200", className)} />;
}

export function TableRow({ className, ...props }: ComponentPropsWithoutRef<"tr">) {
  return <tr {...props} className={cn("align-top", className)} />;
}

export function TableHeaderCell({ className, scope = "col", ...props }: ComponentPropsWithoutRef<"th">) {
  return (
    <th
      {...props}
      scope={scope}
      className={cn("px-4 py-3 font-semibold whitespace-nowrap text-slate-700", className)}
    />
  );
}

/**
 * Cells keep to one line by default, so a wide table scrolls instead of squeezing names into
 * ragged columns; `wrap` lets long free text (comments, addresses) wrap.
 */
export function TableCell({ className, wrap = false, ...props }: ComponentPropsWithoutRef<"td"> & { wrap?: boolean }) {
  return (
    <td
      {...props}
      className={cn("px-4 py-3 text-slate-900", wrap ? "min-w-48" : "whitespace-nowrap", className)}
    />
  );
}
