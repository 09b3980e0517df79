"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, Dialog, Field, Input, Textarea } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormAlert } from "./form-alert";
import { useActionForm } from "./use-action-form";

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
  const formId = useId();
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

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={productType ? t("productTypes.editTitle") : t("productTypes.addTitle")}
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
          <Field label={t("fields.description")} error={form.errors.description} labelSuffix={tc("optional")}>
            <Textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={3} />
          </Field>
        </form>
      </Dialog>
    </>
  );
}
