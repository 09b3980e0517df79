"use client";

import { type ComponentPropsWithRef } from "react";
import { cn, focusRing } from "@/components/ui";

/**
 * An on/off switch: a native checkbox with role="switch" (keyboard: Space), drawn as a track
 * and thumb. The label comes from the caller (aria-label or a <label>).
 */
export function Switch({ className, ...props }: Omit<ComponentPropsWithRef<"input">, "type">) {
  return (
    <span className={cn("relative inline-flex h-7 w-12 shrink-0 items-center", className)}>
      <input
        {...props}
        type="checkbox"
        role="switch"
        className={cn(
          "peer absolute inset-0 size-full cursor-pointer appearance-none rounded-full border border-slate-500 bg-slate-200 transition-colors",
          "checked:border-brand-700 checked:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60",
          focusRing,
        )}
      />
      <span
        aria-hidden="true"
        className="pointer-events-none absolute left-1 size-5 rounded-full bg-white shadow ring-1 ring-slate-400 transition-transform peer-checked:translate-x-5 peer-checked:ring-brand-800"
      />
    </span>
  );
}
