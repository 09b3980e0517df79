import { type ReactNode } from "react";
import { cn } from "./cn";

/** A grey placeholder block; size it with className. Decorative: wrap a group in LoadingRegion. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("rounded-md bg-slate-200 motion-safe:animate-pulse", className)} />;
}

/** Announces "Loading…" once to screen readers and shows skeletons to everyone else. */
export function LoadingRegion({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="status" aria-busy="true" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
