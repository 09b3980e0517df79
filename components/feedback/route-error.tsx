"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { AlertIcon } from "@/components/icons";
import { Button, Card } from "@/components/ui";

type RouteErrorProps = {
  error: unknown;
  retry: () => void;
  /** Where "Back to the start" goes: the surface's home. */
  homeHref: string;
};

/**
 * The body of every error.tsx. Production errors from Server Components carry only a digest
 * (no message reaches the browser): it is shown so support can find the server log line.
 */
export function RouteError({ error, retry, homeHref }: RouteErrorProps) {
  const t = useTranslations("errors.error");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Card padding="lg" className="mx-auto max-w-lg text-center" role="alert">
      <div aria-hidden="true" className="mx-auto flex size-12 items-center justify-center rounded-full bg-red-50 text-red-700">
        <AlertIcon />
      </div>
      <h1 className="mt-4 text-xl font-bold text-slate-950">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("description")}</p>
      {digest ? <p className="mt-3 font-mono text-sm text-slate-600">{t("reference", { digest })}</p> : null}
      <div className="mt-6 flex flex-col justify-center gap-3 sm:flex-row">
        <Button onClick={() => retry()}>{t("retry")}</Button>
        <Button href={homeHref} variant="secondary">
          {t("home")}
        </Button>
      </div>
    </Card>
  );
}
