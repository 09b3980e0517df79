"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button, Field, Input, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { useFormAction } from "./use-form-action";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * Current password, then the new one twice. On success the fields clear and a toast says how
 * many other devices were signed out.
 */
export function ChangePasswordForm({ action }: { action: Action }) {
  const t = useTranslations("account.password");
  const toast = useToast();
  const [result, onSubmit, pending] = useFormAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = result && !result.ok ? result : null;

  useEffect(() => {
    if (result?.ok) {
      formRef.current?.reset();
      toast.show({ title: result.message ?? t("submit"), tone: "success" });
    }
    // The toast is shown once per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      <div role="alert" aria-live="assertive" className="empty:hidden">
        {failure && !failure.fieldErrors ? (
          <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{failure.message}</p>
        ) : null}
      </div>
      <Field label={t("current")} error={failure?.fieldErrors?.currentPassword} required>
        <Input name="currentPassword" type="password" autoComplete="current-password" maxLength={512} />
      </Field>
      <Field label={t("new")} hint={t("hint")} error={failure?.fieldErrors?.newPassword} required>
        <Input name="newPassword" type="password" autoComplete="new-password" maxLength={256} />
      </Field>
      <Field label={t("confirm")} error={failure?.fieldErrors?.confirmPassword} required>
        <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={256} />
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
