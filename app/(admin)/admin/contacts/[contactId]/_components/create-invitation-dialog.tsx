"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Field, Input, Select } from "@/components/ui";
import { DEFAULT_INVITATION_VALIDITY_DAYS, INVITATION_VALIDITY_DAYS, MAX_INVITATION_REDEMPTIONS } from "@/lib/identity/schemas";
import { type ActionResult, type FieldErrors } from "@/lib/result";
import { CopyField } from "./copy-field";

export type CreatedInvitationView = { code: string; link: string; email: "queued" | "not_requested" | "notifications_off" };

/**
 * Create invitation: validity, number of uses, whether to email it. Once created, the dialog
 * shows the code and the link once, with copy buttons (later, Advanced shows them again).
 */
export function CreateInvitationDialog({
  open,
  contactId,
  contactName,
  contactEmail,
  onClose,
  onSubmit,
}: {
  open: boolean;
  contactId: string;
  contactName: string;
  contactEmail: string;
  onClose: () => void;
  onSubmit: (input: unknown) => Promise<ActionResult<CreatedInvitationView>>;
}) {
  const t = useTranslations("admin.invitations");
  const tc = useTranslations("admin.shared");
  const formId = useId();
  const [expiresInDays, setExpiresInDays] = useState(String(DEFAULT_INVITATION_VALIDITY_DAYS));
  const [maxRedemptions, setMaxRedemptions] = useState("1");
  const [sendEmail, setSendEmail] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<{ view: CreatedInvitationView; message: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setFormError(null);
    try {
      const result = await onSubmit({ contactId, expiresInDays, maxRedemptions, sendEmail });
      if (result.ok) setCreated({ view: result.value, message: result.message ?? "" });
      else {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={created ? t("createdTitle") : t("createTitle", { name: contactName })}
      description={created ? created.message : t("createDescription")}
      closeLabel={tc("close")}
      closeOnBackdropClick={false}
      footer={
        created ? (
          <Button onClick={onClose}>
            {t("done")}
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose} disabled={submitting}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={formId} loading={submitting}>
              {submitting ? t("creating") : t("createSubmit")}
            </Button>
          </>
        )
      }
    >
      {created ? (
        <div className="space-y-2">
          {/* The form is gone: focus moves to the code, which is read out with its label. */}
          <CopyField label={t("code")} value={created.view.code} monospace autoFocus />
          <CopyField label={t("link")} value={created.view.link} />
          <p className="text-sm text-slate-700">{t("copyLater")}</p>
        </div>
      ) : (
        <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
          {formError ? (
            <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
              {formError}
            </p>
          ) : null}
          <Field label={t("validity")} error={errors.expiresInDays} required>
            <Select value={expiresInDays} onChange={(event) => setExpiresInDays(event.target.value)}>
              {INVITATION_VALIDITY_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t("validityDays", { days })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("uses")} hint={t("usesHint")} error={errors.maxRedemptions} required>
            <Input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_INVITATION_REDEMPTIONS}
              value={maxRedemptions}
              onChange={(event) => setMaxRedemptions(event.target.value)}
            />
          </Field>
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              checked={sendEmail}
              onChange={(event) => setSendEmail(event.target.checked)}
              className="mt-0.5 size-5 shrink-0 accent-brand-700"
            />
            <span>
              <span className="block font-medium text-slate-950">{t("sendEmail", { email: contactEmail })}</span>
              <span className="block text-sm text-slate-700">{t("sendEmailHint")}</span>
            </span>
          </label>
        </form>
      )}
    </Dialog>
  );
}
