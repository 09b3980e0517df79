"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, Field, Input, Textarea } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormDialog } from "../../_components/form-dialog";
import { useActionForm } from "../../_components/use-action-form";

type ProductType = { id: string; name: string; description: string | null };

/** Add a product type, or edit one (name, description). */
export function ProductTypeDialog({
  productType,
  onSubmit,
}: {
  productType?: ProductType;
  onSubmit: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.catalogue");
  const tc = useTranslations("admin.shared");
  const form = useActionForm(onSubmit);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");

  function start() {
    setName(productType?.name ?? "");
    setDescription(productType?.description ?? "");
    form.reset();
    setOpen(true);
  }

  async function save() {
    const input = productType ? { productTypeId: productType.id, name, description } : { name, description };
    if (await form.submit(input)) setOpen(false);
  }

  return (
    <>
      {productType ? (
        <Button variant="secondary" size="sm" onClick={start} aria-label={t("productTypes.editNamed", { name: productType.name })}>
          {t("edit")}
        </Button>
      ) : (
        <Button onClick={start}>{t("productTypes.add")}</Button>
      )}
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={productType ? t("productTypes.editTitle") : t("productTypes.addTitle")}
        pending={form.pending}
        formError={form.formError}
        onSubmit={() => void save()}
      >
        <Field label={t("fields.name")} error={form.errors.name} required>
          <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" autoFocus />
        </Field>
        <Field label={t("fields.description")} error={form.errors.description} labelSuffix={tc("optional")}>
          <Textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={3} />
        </Field>
      </FormDialog>
    </>
  );
}
