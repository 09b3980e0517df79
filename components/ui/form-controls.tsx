import { type ComponentPropsWithRef } from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

// 16px text keeps iOS from zooming on focus; 44px height is a comfortable touch target;
// the slate-500 border keeps 3:1 against white (WCAG 1.4.11).
const controlClasses = cn(
  "block w-full rounded-lg border border-slate-500 bg-white text-base text-slate-900 shadow-sm",
  "placeholder:text-slate-500 disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600",
  "aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700",
  focusRing,
);

export function Input({ className, ...props }: ComponentPropsWithRef<"input">) {
  return <input {...props} className={cn(controlClasses, "min-h-11 px-3 py-2", className)} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentPropsWithRef<"textarea">) {
  return <textarea {...props} rows={rows} className={cn(controlClasses, "px-3 py-2", className)} />;
}

/** A native select (the platform picker on phones), restyled with a chevron. */
export function Select({ className, children, ...props }: ComponentPropsWithRef<"select">) {
  return (
    <div className="relative">
      <select
        {...props}
        className={cn(controlClasses, "min-h-11 appearance-none py-2 pr-10 pl-3", className)}
      >
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        fill="currentColor"
        className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-slate-600"
      >
        <path
          fillRule="evenodd"
          d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.17l3.71-3.94a.75.75 0 1 1 1.08 1.04l-4.25 4.5a.75.75 0 0 1-1.08 0l-4.25-4.5a.75.75 0 0 1 .02-1.06Z"
          clipRule="evenodd"
        />
      </svg>
    </div>
  );
}

export function Label({ className, ...props }: ComponentPropsWithRef<"label">) {
  return <label {...props} className={cn("block text-sm font-semibold text-slate-900", className)} />;
}
