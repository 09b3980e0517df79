"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button, Dialog, Field, Input, Select } from "@/components/ui";
import { SMTP_TLS_MODES, type SmtpTlsModeName } from "@/lib/mail/schemas";
import { type ActionResult, type FieldErrors } from "@/lib/result";

export type MailboxFormValues = {
  displayName: string;
  fromAddress: string;
  smtpHost: string;
  smtpPort: string;
  tlsMode: SmtpTlsModeName;
  smtpUser: string;
  smtpPassword: string;
  ownerUserId: string;
  /** Editing: a password is stored (a blank field keeps it). */
  hasPassword: boolean;
};

export type OwnerOption = { id: string; label: string; hasOtherMailbox: boolean };

const EMPTY: MailboxFormValues = {
  displayName: "",
  fromAddress: "",
  smtpHost: "",
  smtpPort: "587",
  tlsMode: "STARTTLS",
  smtpUser: "",
  smtpPassword: "",
  ownerUserId: "",
  hasPassword: false,
};

/** The usual port of each TLS mode, filled in when the mode changes and the port was the previous default. */
const DEFAULT_PORT: Record<SmtpTlsModeName, string> = { STARTTLS: "587", IMPLICIT_TLS: "465", NONE: "25" };

type MailboxFormDialogProps = {
  open: boolean;
  /** Null: a new mailbox. */
  mailbox: MailboxFormValues | null;
  owners: OwnerOption[];
  onClose: () => void;
  onSubmit: (values: Omit<MailboxFormValues, "hasPassword">) => Promise<ActionResult>;
};

export function MailboxFormDialog({ open, mailbox, owners, onClose, onSubmit }: MailboxFormDialogProps) {
  const t = useTranslations("admin.mail.mailboxes");
  const tc = useTranslations("admin.shared");
  const [values, setValues] = useState<MailboxFormValues>(mailbox ?? EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const editing = mailbox !== null;

  function set<K extends keyof MailboxFormValues>(key: K, value: MailboxFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setFormError(null);
    const { hasPassword: _hasPassword, ...input } = values;
    try {
      const result = await onSubmit(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const formId = editing ? "mailbox-edit-form" : "mailbox-add-form";
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={editing ? t("editTitle", { mailbox: mailbox.displayName }) : t("addTitle")}
      description={editing ? t("editDescription") : t("addDescription")}
      closeLabel={tc("close")}
      closeOnBackdropClick={false}
      className="w-[min(100%-2rem,40rem)]"
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={submitting}>
            {tc("cancel")}
          </Button>
          <Button type="submit" form={formId} loading={submitting}>
            {submitting ? tc("saving") : editing ? t("saveChanges") : t("addSubmit")}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
        {formError ? (
          <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
            {formError}
          </p>
        ) : null}
        <Field label={t("fields.displayName")} hint={t("hints.displayName")} error={errors.displayName} required>
          <Input value={values.displayName} onChange={(event) => set("displayName", event.target.value)} autoComplete="off" />
        </Field>
        <Field label={t("fields.fromAddress")} hint={editing ? t("hints.fromAddressEdit") : undefined} error={errors.fromAddress} required>
          <Input
            type="email"
            inputMode="email"
            value={values.fromAddress}
            onChange={(event) => set("fromAddress", event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <Field label={t("fields.owner")} hint={t("hints.owner")} error={errors.ownerUserId}>
          <Select value={values.ownerUserId} onChange={(event) => set("ownerUserId", event.target.value)}>
            <option value="">{t("sharedMailbox")}</option>
            {owners.map((owner) => (
              <option key={owner.id} value={owner.id} disabled={owner.hasOtherMailbox && owner.id !== mailbox?.ownerUserId}>
                {owner.hasOtherMailbox && owner.id !== mailbox?.ownerUserId ? t("ownerHasMailbox", { name: owner.label }) : owner.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_8rem]">
          <Field label={t("fields.smtpHost")} error={errors.smtpHost} required>
            <Input
              value={values.smtpHost}
              onChange={(event) => set("smtpHost", event.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
            />
          </Field>
          <Field label={t("fields.smtpPort")} error={errors.smtpPort} required>
            <Input
              inputMode="numeric"
              value={values.smtpPort}
              onChange={(event) => set("smtpPort", event.target.value)}
              autoComplete="off"
            />
          </Field>
        </div>
        <Field label={t("fields.tlsMode")} hint={t(`tlsHints.${values.tlsMode}`)} error={errors.tlsMode} required>
          <Select
            value={values.tlsMode}
            onChange={(event) => {
              const tlsMode = event.target.value as SmtpTlsModeName;
              setValues((current) => ({
                ...current,
                tlsMode,
                smtpPort: current.smtpPort === DEFAULT_PORT[current.tlsMode] ? DEFAULT_PORT[tlsMode] : current.smtpPort,
              }));
            }}
          >
            {SMTP_TLS_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`tlsModes.${mode}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.smtpUser")} hint={t("hints.smtpUser")} error={errors.smtpUser} labelSuffix={tc("optional")}>
          <Input
            value={values.smtpUser}
            onChange={(event) => set("smtpUser", event.target.value)}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
          />
        </Field>
        <Field
          label={t("fields.smtpPassword")}
          hint={editing && values.hasPassword ? t("hints.passwordKeep") : t("hints.password")}
          error={errors.smtpPassword}
        >
          <Input
            type="password"
            value={values.smtpPassword}
            onChange={(event) => set("smtpPassword", event.target.value)}
            autoComplete="new-password"
          />
        </Field>
      </form>
    </Dialog>
  );
}
