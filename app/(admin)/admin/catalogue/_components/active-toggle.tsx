"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, ConfirmDialog } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { useActionForm } from "../../_components/use-action-form";

/** Deactivate (after confirming: customers stop seeing it) or reactivate a catalogue entry. */
export function ActiveToggle({
  active,
  name,
  input,
  confirmTitle,
  confirmDescription,
  onSubmit,
}: {
  active: boolean;
  name: string;
  input: Record<string, string>;
  confirmTitle: string;
  confirmDescription: string;
  onSubmit: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.catalogue");
  const tc = useTranslations("admin.shared");
  const form = useActionForm(onSubmit);
  const [confirming, setConfirming] = useState(false);

  if (!active)
    return (
      <Button variant="secondary" size="sm" loading={form.pending} onClick={() => void form.submit({ ...input, active: true })} aria-label={t("reactivateNamed", { name })}>
        {t("reactivate")}
      </Button>
    );
  return (
    <>
      <Button variant="danger" size="sm" onClick={() => setConfirming(true)} aria-label={t("deactivateNamed", { name })}>
        {t("deactivate")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void form.submit({ ...input, active: false }).then((done) => done && setConfirming(false))}
        title={confirmTitle}
        description={confirmDescription}
        confirmLabel={t("deactivate")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
        pending={form.pending}
        tone="danger"
      >
        {form.formError ? <p role="alert" className="text-sm font-medium text-red-700">{form.formError}</p> : null}
      </ConfirmDialog>
    </>
  );
}
