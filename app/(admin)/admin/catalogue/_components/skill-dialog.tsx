"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, Field, Input } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormDialog } from "../../_components/form-dialog";
import { useActionForm } from "../../_components/use-action-form";

/** Add a skill (a name services require and technicians hold). */
export function SkillDialog({ onSubmit }: { onSubmit: (input: unknown) => Promise<ActionResult> }) {
  const t = useTranslations("admin.catalogue");
  const form = useActionForm(onSubmit);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");

  async function save() {
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
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("skills.addTitle")}
        pending={form.pending}
        formError={form.formError}
        onSubmit={() => void save()}
      >
        <Field label={t("fields.name")} error={form.errors.name} required>
          <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" autoFocus />
        </Field>
      </FormDialog>
    </>
  );
}
