"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Button, Field, Textarea } from "@/components/ui";
import { type InvitationForProfile } from "@/lib/identity";
import { type ActionResult } from "@/lib/result";

/** Accept invitation, first step: the code (filled in when the visitor came from the email's link). */
export function AcceptInvitationForm({
  initialCode,
  autoFocus,
  onCheck,
  onAccepted,
}: {
  initialCode: string;
  autoFocus: boolean;
  onCheck: (input: unknown) => Promise<ActionResult<InvitationForProfile>>;
  onAccepted: (code: string, invitation: InvitationForProfile) => void;
}) {
  const t = useTranslations("portal.acceptInvitation");
  const [code, setCode] = useState(initialCode);
  const [failure, setFailure] = useState<{ message: string; field: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await onCheck({ code });
      if (result.ok) {
        onAccepted(code, result.value);
        return;
      }
      const field = Boolean(result.fieldErrors?.code);
      setFailure({ message: result.fieldErrors?.code ?? result.message, field });
      // The field's error is read with its label when it takes focus; the throttle's is an alert.
      if (field) inputRef.current?.focus();
    });
  }

  return (
    <form method="post" onSubmit={handleSubmit} noValidate className="space-y-5">
      <p className="text-slate-700">{t("intro")}</p>
      <div role="alert" className="empty:hidden">
        {failure && !failure.field ? (
          <p ref={alertRef} className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
            {failure.message}
          </p>
        ) : null}
      </div>
      <Field label={t("code")} hint={t("codeHint")} error={failure?.field ? failure.message : undefined} required>
        {/* A textarea so the whole code stays visible on a phone; Enter still submits. */}
        <Textarea
          ref={inputRef}
          name="code"
          rows={1}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Enter") return;
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus={autoFocus}
          className="min-h-11 resize-none font-mono break-all field-sizing-content"
        />
      </Field>
      <Button type="submit" fullWidth loading={pending}>
        {pending ? t("checking") : t("continue")}
      </Button>
    </form>
  );
}
