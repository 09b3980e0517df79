"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button, Dialog } from "@/components/ui";
import { useToast } from "@/components/ui";
import { type ActionResult, type FieldErrors } from "@/lib/result";
import { EMPTY_TECHNICIAN, TechnicianForm } from "./technician-form";

/** Add technician: a staff member with the technician role, made bookable; then their page opens. */
export function AddTechnicianDialog({
  users,
  skills,
  timeZones,
  defaultTimeZone,
  onSubmit,
}: {
  users: { id: string; label: string }[];
  skills: { id: string; name: string }[];
  timeZones: string[];
  defaultTimeZone: string;
  onSubmit: (input: unknown) => Promise<ActionResult<{ technicianId: string }>>;
}) {
  const t = useTranslations("admin.catalogue");
  const tc = useTranslations("admin.shared");
  const router = useRouter();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(values: unknown) {
    setPending(true);
    try {
      const result = await onSubmit(values);
      if (result.ok) {
        toast.show({ title: result.message ?? tc("saved"), tone: "success" });
        setOpen(false);
        router.push(`/admin/catalogue/technicians/${result.value.technicianId}`);
      } else {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button
        onClick={() => {
          setErrors({});
          setFormError(null);
          setAttempt((value) => value + 1);
          setOpen(true);
        }}
      >
        {t("technicians.add")}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("technicians.addTitle")}
        description={users.length === 0 ? t("technicians.noCandidates") : t("technicians.addDescription")}
        closeLabel={tc("close")}
        closeOnBackdropClick={false}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={formId} loading={pending} disabled={users.length === 0}>
              {pending ? tc("saving") : tc("save")}
            </Button>
          </>
        }
      >
        <TechnicianForm
          key={attempt}
          id={formId}
          initial={{ ...EMPTY_TECHNICIAN, timeZone: defaultTimeZone }}
          skills={skills}
          timeZones={timeZones}
          users={users}
          errors={errors}
          formError={formError}
          onSubmit={(values) => void submit(values)}
        />
      </Dialog>
    </>
  );
}
