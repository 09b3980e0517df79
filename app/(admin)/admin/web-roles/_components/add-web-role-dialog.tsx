"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Field, Input, Textarea, useToast } from "@/components/ui";
import { type ActionResult, type FieldErrors } from "@/lib/result";

/** Add web role: a name and an optional description. */
export function AddWebRoleButton({ onSubmit }: { onSubmit: (input: unknown) => Promise<ActionResult> }) {
  const t = useTranslations("admin.webRoles");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function start() {
    setName("");
    setDescription("");
    setErrors({});
    setFormError(null);
    setOpen(true);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      const result = await onSubmit({ name, description });
      if (result.ok) {
        setOpen(false);
        toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      } else {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      <Button onClick={start}>{t("add")}</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("addRoleTitle")}
        description={t("addRoleDescription")}
        closeLabel={tc("close")}
        closeOnBackdropClick={false}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={submitting}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={formId} loading={submitting}>
              {submitting ? tc("saving") : t("addRoleSubmit")}
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
          <Field label={t("name")} error={errors.name} required>
            <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" autoFocus />
          </Field>
          <Field label={t("roleDescription")} error={errors.description} labelSuffix={tc("optional")}>
            <Textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={3} />
          </Field>
        </form>
      </Dialog>
    </>
  );
}
