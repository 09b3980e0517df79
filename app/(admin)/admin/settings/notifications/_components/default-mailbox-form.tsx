"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button, Card, Field, Select, useToast } from "@/components/ui";
import { type MailboxStatusName } from "@/lib/mail/schemas";
import { type Action } from "./types";

export type MailboxOption = { id: string; label: string; status: MailboxStatusName };

/** The mailbox that sends notifications without a sender of their own (Settings.defaultMailboxId). */
export function DefaultMailboxForm({
  defaultMailboxId,
  mailboxes,
  onSave,
}: {
  defaultMailboxId: string | null;
  mailboxes: MailboxOption[];
  onSave: Action;
}) {
  const t = useTranslations("admin.mail.defaultMailbox");
  const tm = useTranslations("admin.mail.mailboxes");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const [mailboxId, setMailboxId] = useState(defaultMailboxId ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = mailboxes.find((mailbox) => mailbox.id === mailboxId);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const result = await onSave({ mailboxId });
      if (result.ok) toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      else setError(result.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card as="section" aria-labelledby="default-mailbox-title" padding="lg" className="space-y-4">
      <div className="space-y-1">
        <h2 id="default-mailbox-title" className="text-lg font-semibold text-slate-950">
          {t("title")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("description")}</p>
      </div>
      <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <Field
          label={t("label")}
          hint={chosen && chosen.status !== "ENABLED" ? t("notEnabledHint") : undefined}
          error={error ?? undefined}
          className="w-full max-w-xl"
        >
          <Select value={mailboxId} onChange={(event) => setMailboxId(event.target.value)}>
            <option value="">{t("none")}</option>
            {mailboxes.map((mailbox) => (
              <option key={mailbox.id} value={mailbox.id}>
                {t("option", { mailbox: mailbox.label, status: tm(`status.${mailbox.status}`) })}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" loading={saving} className="shrink-0">
          {saving ? tc("saving") : tc("save")}
        </Button>
      </form>
    </Card>
  );
}
