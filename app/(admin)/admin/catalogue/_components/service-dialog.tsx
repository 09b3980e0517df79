"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, Field, Input, Textarea } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormDialog } from "../../_components/form-dialog";
import { SkillCheckboxes } from "./skill-checkboxes";
import { useActionForm } from "../../_components/use-action-form";

type Service = {
  id: string;
  name: string;
  description: string | null;
  durationMinutes: number;
  bufferAfterMinutes: number;
  priceCents: number | null;
  skills: { id: string }[];
};

/** "129,50" or "129.50" → 12950; empty → ""; anything else is sent as typed for the schema to refuse. */
function priceToCents(text: string): number | string {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return "";
  return /^\d+(\.\d{1,2})?$/.test(trimmed) ? Math.round(Number(trimmed) * 100) : "invalid";
}

/** Add a service to a product type, or edit one: duration, buffer after, price, required skills. */
export function ServiceDialog({
  productType,
  service,
  skills,
  currencyCode,
  onSubmit,
}: {
  productType: { id: string; name: string };
  service?: Service;
  skills: { id: string; name: string }[];
  currencyCode: string;
  onSubmit: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.catalogue");
  const tc = useTranslations("admin.shared");
  const form = useActionForm(onSubmit);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [durationMinutes, setDurationMinutes] = useState("60");
  const [bufferAfterMinutes, setBufferAfterMinutes] = useState("0");
  const [price, setPrice] = useState("");
  const [skillIds, setSkillIds] = useState<string[]>([]);

  function start() {
    setName(service?.name ?? "");
    setDescription(service?.description ?? "");
    setDurationMinutes(String(service?.durationMinutes ?? 60));
    setBufferAfterMinutes(String(service?.bufferAfterMinutes ?? 0));
    setPrice(service?.priceCents == null ? "" : (service.priceCents / 100).toFixed(2));
    setSkillIds(service?.skills.map((skill) => skill.id) ?? []);
    form.reset();
    setOpen(true);
  }

  async function save() {
    const fields = { productTypeId: productType.id, name, description, durationMinutes, bufferAfterMinutes, priceCents: priceToCents(price), skillIds };
    if (await form.submit(service ? { ...fields, serviceId: service.id } : fields)) setOpen(false);
  }

  return (
    <>
      {service ? (
        <Button variant="secondary" size="sm" onClick={start} aria-label={t("services.editNamed", { name: service.name })}>
          {t("edit")}
        </Button>
      ) : (
        <Button size="sm" onClick={start} aria-label={t("services.addTo", { productType: productType.name })}>
          {t("services.add")}
        </Button>
      )}
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={service ? t("services.editTitle") : t("services.addTitle")}
        description={t("services.dialogDescription", { productType: productType.name })}
        pending={form.pending}
        formError={form.formError}
        onSubmit={() => void save()}
      >
        <Field label={t("fields.name")} error={form.errors.name} required>
          <Input value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" autoFocus />
        </Field>
        <Field label={t("fields.description")} error={form.errors.description} labelSuffix={tc("optional")}>
          <Textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={2} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("fields.durationMinutes")} error={form.errors.durationMinutes} required>
            <Input type="number" inputMode="numeric" min={5} step={5} value={durationMinutes} onChange={(event) => setDurationMinutes(event.target.value)} />
          </Field>
          <Field label={t("fields.bufferAfterMinutes")} hint={t("fields.bufferAfterHint")} error={form.errors.bufferAfterMinutes} required>
            <Input type="number" inputMode="numeric" min={0} step={5} value={bufferAfterMinutes} onChange={(event) => setBufferAfterMinutes(event.target.value)} />
          </Field>
        </div>
        <Field label={t("fields.price", { currency: currencyCode })} hint={t("fields.priceHint")} error={form.errors.priceCents} labelSuffix={tc("optional")}>
          <Input inputMode="decimal" value={price} onChange={(event) => setPrice(event.target.value)} autoComplete="off" />
        </Field>
        <SkillCheckboxes
          legend={t("fields.requiredSkills")}
          emptyText={t("skills.noneYet")}
          skills={skills}
          selected={skillIds}
          onChange={setSkillIds}
          error={form.errors.skillIds}
        />
      </FormDialog>
    </>
  );
}
