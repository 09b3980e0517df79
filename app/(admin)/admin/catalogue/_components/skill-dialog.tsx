"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Field, Input } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormAlert } from "./form-alert";
import { useActionForm } from "./use-action-form";

/** Add a skill (a name services require and technicians hold). */
export function SkillDialog({ onSubmit }: { onSubmit: (input: unknown) => Promise<ActionResult> }) {
  const t = useTranslations("admin.catalogue");
  const tc = useTranslations("admin.shared");
  const formId = useId();
  const form = useActionForm(onSubmit);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await form.submit({ name })) setOpen(false);
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={() => {
          setName("");
          form.reset();
          setOpen(true);
        }}
      >
        {t("skills.add")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("skills.addTitle")}
        closeLabel={tc("close")}
        closeOnBackdropClick={false}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={form.pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={formId} loading={form.pending}>
              {form.pending ? tc("saving") : tc("save")}
            </Button>
          </>
        }
      >
        <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
          <FormAlert message={form.formError} />
          <Field label={t("fields.name")} error={form.errors.name} required>
            <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" autoFocus />
          </Field>
        </form>
      </Dialog>
    </>
  );
}
