"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFormAction } from "@/components/account/use-form-action";
import { Button, Field, Input } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

type Action = (previous: ActionResult<{ email: string }> | null, formData: FormData) => Promise<ActionResult<{ email: string }>>;

/**
 * The email field, then one confirmation that reads the same for every address. The
 * confirmation takes focus so screen readers announce it.
 */
export function ForgotPasswordForm({ action }: { action: Action }) {
  const t = useTranslations("passwordReset.forgot");
  const [result, onSubmit, pending] = useFormAction(action);
  // "Use another email" goes back to the form; the next answer shows again.
  const [dismissed, setDismissed] = useState<ActionResult<{ email: string }> | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const failure = result && !result.ok ? result : null;
  const sent = result?.ok && result !== dismissed ? result : null;

  useEffect(() => {
    if (sent) sentHeading.current?.focus();
  }, [sent]);

  if (sent) {
    return (
      <div className="space-y-4" role="status">
        <h2 ref={sentHeading} tabIndex={-1} className="text-lg font-semibold text-slate-950 focus:outline-none">
          {t("sentTitle")}
        </h2>
        <p className="text-slate-700">{sent.message}</p>
        <p className="text-sm text-slate-600">{t("sentHint")}</p>
        <Button variant="secondary" fullWidth onClick={() => setDismissed(sent)}>
          {t("tryAgain")}
        </Button>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      <div role="alert" aria-live="assertive" className="empty:hidden">
        {failure && !failure.fieldErrors ? (
          <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{failure.message}</p>
        ) : null}
      </div>
      <Field label={t("email")} error={failure?.fieldErrors?.email} required>
        <Input name="email" type="email" autoComplete="username" inputMode="email" autoFocus defaultValue={result?.ok ? result.value.email : undefined} />
      </Field>
      <Button type="submit" fullWidth loading={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
