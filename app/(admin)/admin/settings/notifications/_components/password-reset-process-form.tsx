"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { AlertIcon } from "@/components/icons";
import { Badge, Button, Card, Field, Select, focusRing, useToast } from "@/components/ui";
import { Switch } from "./switch";
import { type Action, type SenderOption } from "./types";

/**
 * The "Send password reset to contact" process (product.md §1): on/off and its From. The
 * server refuses to switch it on unless the sender's mailbox is enabled; the refusal says
 * what to fix and stays on screen (role="alert") until the next try.
 */
export function PasswordResetProcessForm({
  enabled,
  senderUserId,
  senders,
  onSave,
}: {
  enabled: boolean;
  senderUserId: string | null;
  senders: SenderOption[];
  onSave: Action;
}) {
  const t = useTranslations("admin.mail.process");
  const tm = useTranslations("admin.mail");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const switchId = useId();
  const [on, setOn] = useState(enabled);
  const [sender, setSender] = useState(senderUserId ?? "");
  /** What stopped the save and how to fix it (the alert), and the short note under the field. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = senders.find((option) => option.id === sender);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setRefusal(null);
    setFieldError(null);
    try {
      const result = await onSave({ enabled: on, senderUserId: sender });
      if (result.ok) toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      else {
        setRefusal(result.message);
        setFieldError(result.fieldErrors?.senderUserId ?? null);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card as="section" aria-labelledby="password-reset-process-title" padding="lg" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 id="password-reset-process-title" className="text-lg font-semibold text-slate-950">
            {t("title")}
          </h2>
          <p className="max-w-prose text-slate-700">{t("description")}</p>
        </div>
        <Badge tone={enabled ? "success" : "neutral"} dot>
          {enabled ? t("stateOn") : t("stateOff")}
        </Badge>
      </div>

      <form onSubmit={handleSubmit} noValidate className="space-y-4">
        <div className="flex items-center gap-3">
          <Switch id={switchId} checked={on} onChange={(event) => setOn(event.target.checked)} aria-describedby={`${switchId}-hint`} />
          <label htmlFor={switchId} className="font-semibold text-slate-900">
            {t("switchLabel")}
          </label>
        </div>
        <p id={`${switchId}-hint`} className="-mt-2 text-sm text-slate-600">
          {t("switchHint")}
        </p>

        <Field
          label={t("from")}
          hint={chosen ? tm(`senderMailbox.${chosen.mailboxStatus ?? "NONE"}`) : t("fromHint")}
          error={fieldError ?? undefined}
          className="max-w-xl"
        >
          <Select value={sender} onChange={(event) => setSender(event.target.value)}>
            <option value="">{t("noSender")}</option>
            {senders.map((option) => (
              <option key={option.id} value={option.id}>
                {tm("senderOption", { name: option.name, state: tm(`senderMailboxShort.${option.mailboxStatus ?? "NONE"}`) })}
              </option>
            ))}
          </Select>
        </Field>

        {refusal ? (
          <div role="alert" className="flex gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
            <AlertIcon className="mt-0.5 size-5 shrink-0" aria-hidden="true" />
            <div className="space-y-2">
              <p className="font-semibold">{t("refusedTitle")}</p>
              <p>{refusal}</p>
              <Link href="/admin/settings/mailboxes" className={`inline-block rounded font-semibold text-red-900 underline ${focusRing}`}>
                {t("openMailboxes")}
              </Link>
            </div>
          </div>
        ) : null}

        <Button type="submit" loading={saving}>
          {saving ? tc("saving") : t("save")}
        </Button>
      </form>
    </Card>
  );
}
