import Link from "next/link";
import { type ReactNode } from "react";
import { focusRing } from "@/components/ui";

type Crumb = { href: string; label: string };

/** A settings page's title, with the way back to the settings landing page above it. */
export function PageHeader({
  title,
  description,
  breadcrumbLabel,
  crumbs,
  actions,
}: {
  title: string;
  description?: ReactNode;
  /** Names the breadcrumb navigation ("Breadcrumb"). */
  breadcrumbLabel: string;
  crumbs: Crumb[];
  actions?: ReactNode;
}) {
  return (
    <div className="space-y-3">
      {crumbs.length > 0 ? (
        <nav aria-label={breadcrumbLabel}>
          <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
            {crumbs.map((crumb) => (
              <li key={crumb.href} className="flex items-center gap-1">
                <Link href={crumb.href} className={`rounded font-medium text-brand-700 underline-offset-2 hover:underline ${focusRing}`}>
                  {crumb.label}
                </Link>
                <span aria-hidden="true">/</span>
              </li>
            ))}
            <li aria-current="page" className="text-slate-700">
              {title}
            </li>
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0 space-y-2">
          <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{title}</h1>
          {description ? <p className="max-w-prose text-slate-700">{description}</p> : null}
        </div>
        {actions}
      </div>
    </div>
  );
}
