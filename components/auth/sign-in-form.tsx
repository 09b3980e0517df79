"use client";

import { useEffect, useRef } from "react";
import { useFormAction } from "@/components/account/use-form-action";
import { Button, Field, Input } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

export type SignInFormProps = {
  action: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  audience: "staff" | "customer";
  /** Where to land after signing in (a path of this site). */
  returnTo: string;
  labels: { email: string; password: string; submit: string; submitting: string };
};

/**
 * Email + password form; the outcome's message is announced to screen readers. A refusal
 * keeps the email and clears the password, as people expect from a sign-in form.
 */
export function SignInForm({ action, audience, returnTo, labels }: SignInFormProps) {
  const [result, onSubmit, pending] = useFormAction(action);
  const failure = result && !result.ok ? result : null;
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (failure && passwordRef.current) passwordRef.current.value = "";
  }, [failure]);

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="audience" value={audience} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div role="alert" aria-live="assertive" className="empty:hidden">
        {failure && !failure.fieldErrors ? (
          <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
            {failure.message}
          </p>
        ) : null}
      </div>
      <Field label={labels.email} error={failure?.fieldErrors?.email} required>
        <Input name="email" type="email" autoComplete="username" inputMode="email" autoFocus />
      </Field>
      <Field label={labels.password} error={failure?.fieldErrors?.password} required>
        <Input ref={passwordRef} name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" fullWidth loading={pending}>
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
