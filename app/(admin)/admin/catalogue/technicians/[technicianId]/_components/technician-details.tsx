"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { useActionForm } from "../../../../_components/use-action-form";
import { TechnicianForm, type TechnicianFormValues } from "../../_components/technician-form";

/** The technician's details and home base, edited in place. */
export function TechnicianDetails({
  technicianId,
  initial,
  skills,
  timeZones,
  onSubmit,
}: {
  technicianId: string;
  initial: TechnicianFormValues;
  skills: { id: string; name: string }[];
  timeZones: string[];
  onSubmit: (input: unknown) => Promise<ActionResult>;
}) {
  const tc = useTranslations("admin.shared");
  const formId = useId();
  const form = useActionForm(onSubmit);
  return (
    <div className="space-y-4">
      <TechnicianForm
        id={formId}
        initial={initial}
        skills={skills}
        timeZones={timeZones}
        errors={form.errors}
        formError={form.formError}
        onSubmit={(values) => void form.submit({ ...values, technicianId })}
      />
      <Button type="submit" form={formId} loading={form.pending}>
        {form.pending ? tc("saving") : tc("save")}
      </Button>
    </div>
  );
}
