"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, Field, Input, Textarea } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormDialog } from "../../_components/form-dialog";
import { useActionForm } from "../../_components/use-action-form";

/** Add web role: a name and an optional description. */
export function AddWebRoleButton({ onSubmit }: { onSubmit: (input: unknown) => Promise<ActionResult> }) {
  const t = useTranslations("admin.webRoles");
  const tc = useTranslations("admin.shared");
  const form = useActionForm(onSubmit);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");

  function start() {
    setName("");
    setDescription("");
    form.reset();
    setOpen(true);
  }

  async function save() {
    if (await form.submit({ name, description })) setOpen(false);
  }

  return (
    <>
      <Button onClick={start}>{t("add")}</Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("addRoleTitle")}
        description={t("addRoleDescription")}
        submitLabel={t("addRoleSubmit")}
        pending={form.pending}
        formError={form.formError}
        onSubmit={() => void save()}
      >
        <Field label={t("name")} error={form.errors.name} required>
          <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" autoFocus />
        </Field>
        <Field label={t("roleDescription")} error={form.errors.description} labelSuffix={tc("optional")}>
          <Textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={3} />
        </Field>
      </FormDialog>
    </>
  );
}
