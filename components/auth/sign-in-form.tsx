"use client";

import { useActionState } from "react";
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
 * Email + password form, working before JavaScript loads (a server action, posted); the
 * outcome's message is announced to screen readers. A refusal shows the email again and
 * clears the password, as people expect from a sign-in form.
 */
export function SignInForm({ action, audience, returnTo, labels }: SignInFormProps) {
  const [result, formAction, pending] = useActionState(action, null);
  const failure = result && !result.ok ? result : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
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
        <Input name="email" type="email" autoComplete="username" inputMode="email" autoFocus defaultValue={failure?.values?.email} />
      </Field>
      <Field label={labels.password} error={failure?.fieldErrors?.password} required>
        <Input name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" fullWidth loading={pending}>
        {pending ? labels.submitting : labels.submit}
      </Button>
    </form>
  );
}
