"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/account/use-form-action";
import { Button, Field, Input, cn, focusRing } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** New password, typed twice; the policy is stated before anyone gets it wrong. */
export function ResetPasswordForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations("passwordReset.reset");
  const [result, onSubmit, pending] = useFormAction(action);
  const failure = result && !result.ok ? result : null;

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <div role="alert" aria-live="assertive" className="empty:hidden">
        {failure && (!failure.fieldErrors || failure.code === "invalid_token") ? (
          <div className="space-y-2 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
            <p>{failure.message}</p>
            {failure.code === "invalid_token" ? (
              <Link href="/portal/forgot-password" className={cn("inline-block rounded underline underline-offset-4", focusRing)}>
                {t("requestNew")}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      <Field label={t("password")} hint={t("hint")} error={failure?.fieldErrors?.password} required>
        <Input name="password" type="password" autoComplete="new-password" autoFocus maxLength={256} />
      </Field>
      <Field label={t("confirmPassword")} error={failure?.fieldErrors?.confirmPassword} required>
        <Input name="confirmPassword" type="password" autoComplete="new-password" maxLength={256} />
      </Field>
      <Button type="submit" fullWidth loading={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
