import { type ComponentPropsWithoutRef, type ElementType, type ReactNode } from "react";
import { cn } from "./cn";

type CardProps<T extends ElementType> = {
  /** The element: `section` or `article` when the card has its own heading, `li` in lists. */
  as?: T;
  padding?: "none" | "md" | "lg";
  children: ReactNode;
  className?: string;
} & Omit<ComponentPropsWithoutRef<T>, "as" | "children" | "className">;

const paddingClasses = { none: "", md: "p-4 sm:p-5", lg: "p-5 sm:p-6" } as const;

export function Card<T extends ElementType = "div">({
  as,
  padding = "md",
  children,
  className,
  ...props
}: CardProps<T>) {
  const Element: ElementType = as ?? "div";
  return (
    <Element
      {...props}
      className={cn("rounded-xl border border-slate-200 bg-white shadow-sm", paddingClasses[padding], className)}
    >
      {children}
    </Element>
  );
}
