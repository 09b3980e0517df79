"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { Button, ConfirmDialog } from "@/components/ui";

/**
 * "Sign out everywhere", asked for once more in a dialog (it signs this device out too). The
 * confirmation submits a real form, so the server action redirects to the sign-in page.
 */
export function SignOutEverywhere({
  action,
  surface,
}: {
  action: (formData: FormData) => Promise<void>;
  surface: "admin" | "field" | "portal";
}) {
  const t = useTranslations("account.sessions");
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  return (
    <>
      <form ref={formRef} action={(formData) => startTransition(() => action(formData))}>
        <input type="hidden" name="surface" value={surface} />
      </form>
      <Button variant="danger" onClick={() => setOpen(true)} className="w-full sm:w-auto">
        {t("action")}
      </Button>
      <ConfirmDialog
        open={open}
        onCancel={() => setOpen(false)}
        onConfirm={() => formRef.current?.requestSubmit()}
        title={t("confirmTitle")}
        description={t("confirmBody")}
        confirmLabel={t("action")}
        cancelLabel={t("cancel")}
        closeLabel={t("close")}
        pending={pending}
      />
    </>
  );
}
