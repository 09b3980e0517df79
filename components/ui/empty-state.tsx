import { type ReactNode } from "react";
import { cn } from "./cn";

type EmptyStateProps = {
  /** A decorative icon (24px); hidden from screen readers. */
  icon?: ReactNode;
  title: ReactNode;
  /** The heading level that fits the page outline. */
  titleAs?: "h2" | "h3" | "h4" | "p";
  description?: ReactNode;
  /** Usually one Button: the next step. */
  action?: ReactNode;
  className?: string;
};

export function EmptyState({ icon, title, titleAs: Title = "h3", description, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-8 text-center",
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="mb-3 flex size-12 items-center justify-center rounded-full bg-brand-50 text-brand-700 [&>svg]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <Title className="text-base font-semibold text-slate-900">{title}</Title>
      {description ? <p className="mt-1 max-w-prose text-sm text-slate-600">{description}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
