import { type ReactNode } from "react";
import { cn } from "./cn";
import { type Tone } from "./tone";

// Dark text on a pale tint: every pair is above 7:1. The dot repeats the tone for people who
// do not see the colour difference; the word is what carries the meaning.
const toneClasses: Record<Tone, { badge: string; dot: string }> = {
  neutral: { badge: "bg-slate-100 text-slate-800 ring-slate-300", dot: "bg-slate-500" },
  info: { badge: "bg-sky-50 text-sky-900 ring-sky-300", dot: "bg-sky-600" },
  success: { badge: "bg-green-50 text-green-900 ring-green-300", dot: "bg-green-600" },
  warning: { badge: "bg-amber-50 text-amber-950 ring-amber-300", dot: "bg-amber-500" },
  danger: { badge: "bg-red-50 text-red-900 ring-red-300", dot: "bg-red-600" },
};

type BadgeProps = {
  tone?: Tone;
  /** A small coloured dot before the label. */
  dot?: boolean;
  children: ReactNode;
  className?: string;
};

export function Badge({ tone = "neutral", dot = false, children, className }: BadgeProps) {
  const classes = toneClasses[tone];
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset",
        classes.badge,
        className,
      )}
    >
      {dot ? <span aria-hidden="true" className={cn("size-2 rounded-full", classes.dot)} /> : null}
      {children}
    </span>
  );
}
