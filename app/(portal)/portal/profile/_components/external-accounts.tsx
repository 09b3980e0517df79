"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge, Button, ConfirmDialog, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

export type ExternalProviderRow = {
  id: string;
  name: string;
  /** Formatted date of the link, or null when not linked. */
  linkedOn: string | null;
};

/**
 * "Manage external authentication": each configured provider with Link (a form: the browser
 * goes to the provider and back) or Unlink (asked once more).
 */
export function ExternalAccounts({
  providers,
  onLink,
  onUnlink,
}: {
  providers: ExternalProviderRow[];
  onLink: (formData: FormData) => Promise<void>;
  onUnlink: (input: { provider: string }) => Promise<ActionResult>;
}) {
  const t = useTranslations("account.external");
  const toast = useToast();
  const router = useRouter();
  const [unlinking, setUnlinking] = useState<ExternalProviderRow | null>(null);
  const [pending, startTransition] = useTransition();

  function confirmUnlink() {
    if (!unlinking) return;
    const provider = unlinking;
    startTransition(async () => {
      const result = await onUnlink({ provider: provider.id });
      setUnlinking(null);
      toast.show({ title: result.message ?? t("unlink"), tone: result.ok ? "success" : "danger" });
      if (result.ok) router.refresh();
    });
  }

  if (providers.length === 0) return <p className="text-slate-700">{t("none")}</p>;

  return (
    <>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
        {providers.map((provider) => (
          <li key={provider.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="font-semibold text-slate-950">{provider.name}</p>
              <p className="text-sm text-slate-600">
                {provider.linkedOn ? (
                  <Badge tone="success" dot>
                    {t("linkedOn", { date: provider.linkedOn })}
                  </Badge>
                ) : (
                  t("notLinked")
                )}
              </p>
            </div>
            {provider.linkedOn ? (
              <Button variant="secondary" onClick={() => setUnlinking(provider)} aria-label={t("unlinkLabel", { provider: provider.name })}>
                {t("unlink")}
              </Button>
            ) : (
              <form action={onLink}>
                <input type="hidden" name="provider" value={provider.id} />
                <Button type="submit" variant="secondary" aria-label={t("linkLabel", { provider: provider.name })}>
                  {t("link")}
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={unlinking !== null}
        onCancel={() => setUnlinking(null)}
        onConfirm={confirmUnlink}
        title={t("unlinkTitle", { provider: unlinking?.name ?? "" })}
        description={t("unlinkBody", { provider: unlinking?.name ?? "" })}
        confirmLabel={t("unlink")}
        cancelLabel={t("cancel")}
        closeLabel={t("close")}
        pending={pending}
      />
    </>
  );
}
