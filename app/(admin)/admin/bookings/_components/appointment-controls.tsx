"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, cn, Dialog, Field, Select, Textarea } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormAlert } from "../../_components/form-alert";
import { useActionForm } from "../../_components/use-action-form";

type Option = { value: string; label: string };

/**
 * Change status and Reassign for one visit, in one dialog each. The choices come from the
 * server (allowed next statuses for staff; active technicians); the server checks again.
 */
export function AppointmentControls({
  appointmentId,
  label,
  statusOptions,
  technicianOptions,
  currentTechnicianId,
  onChangeStatus,
  onReassign,
  className,
}: {
  appointmentId: string;
  /** Names the visit in the buttons' accessible names ("A-1042, Annual maintenance"). */
  label: string;
  statusOptions: Option[];
  /** Empty when the visit can no longer change hands. */
  technicianOptions: Option[];
  currentTechnicianId: string;
  onChangeStatus: (input: unknown) => Promise<ActionResult>;
  onReassign: (input: unknown) => Promise<ActionResult>;
  /** Extra classes for the buttons' row (e.g. stacked in a narrow table cell). */
  className?: string;
}) {
  const t = useTranslations("admin.bookings");
  const tc = useTranslations("admin.shared");
  const statusFormId = useId();
  const reassignFormId = useId();
  const statusForm = useActionForm(onChangeStatus);
  const reassignForm = useActionForm(onReassign);
  const [dialog, setDialog] = useState<"status" | "reassign" | null>(null);
  const [toStatus, setToStatus] = useState("");
  const [note, setNote] = useState("");
  const [technicianId, setTechnicianId] = useState("");

  async function submitStatus(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await statusForm.submit({ appointmentId, toStatus, note: note || undefined })) setDialog(null);
  }
  async function submitReassign(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await reassignForm.submit({ appointmentId, technicianId })) setDialog(null);
  }

  if (statusOptions.length === 0 && technicianOptions.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap gap-2", className)}>
      {statusOptions.length > 0 ? (
        <Button
          variant="secondary"
          size="sm"
          aria-label={t("changeStatusFor", { appointment: label })}
          onClick={() => {
            setToStatus(statusOptions[0]?.value ?? "");
            setNote("");
            statusForm.reset();
            setDialog("status");
          }}
        >
          {t("changeStatus")}
        </Button>
      ) : null}
      {technicianOptions.length > 0 ? (
        <Button
          variant="secondary"
          size="sm"
          aria-label={t("reassignFor", { appointment: label })}
          onClick={() => {
            setTechnicianId("");
            reassignForm.reset();
            setDialog("reassign");
          }}
        >
          {t("reassign")}
        </Button>
      ) : null}
      <Dialog
        open={dialog === "status"}
        onClose={() => setDialog(null)}
        title={t("changeStatusTitle")}
        description={label}
        closeLabel={tc("close")}
        closeOnBackdropClick={false}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDialog(null)} disabled={statusForm.pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={statusFormId} loading={statusForm.pending} variant={toStatus === "CANCELLED" ? "danger" : "primary"}>
              {toStatus === "CANCELLED" ? t("cancelVisit") : t("changeStatus")}
            </Button>
          </>
        }
      >
        <form id={statusFormId} onSubmit={submitStatus} noValidate className="space-y-4">
          <FormAlert message={statusForm.formError} />
          <Field label={t("newStatus")} error={statusForm.errors.toStatus} required>
            <Select value={toStatus} onChange={(event) => setToStatus(event.target.value)}>
              {statusOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={toStatus === "CANCELLED" ? t("cancelReason") : t("note")}
            hint={toStatus === "CANCELLED" ? t("cancelReasonHint") : undefined}
            error={statusForm.errors.note}
            required={toStatus === "CANCELLED"}
            labelSuffix={toStatus === "CANCELLED" ? undefined : tc("optional")}
          >
            <Textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} />
          </Field>
        </form>
      </Dialog>
      <Dialog
        open={dialog === "reassign"}
        onClose={() => setDialog(null)}
        title={t("reassignTitle")}
        description={t("reassignDescription", { appointment: label })}
        closeLabel={tc("close")}
        closeOnBackdropClick={false}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDialog(null)} disabled={reassignForm.pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={reassignFormId} loading={reassignForm.pending}>
              {t("reassign")}
            </Button>
          </>
        }
      >
        <form id={reassignFormId} onSubmit={submitReassign} noValidate className="space-y-4">
          <FormAlert message={reassignForm.formError} />
          <Field label={t("technician")} error={reassignForm.errors.technicianId} required>
            <Select value={technicianId} onChange={(event) => setTechnicianId(event.target.value)}>
              <option value="">{t("chooseTechnician")}</option>
              {technicianOptions
                .filter((option) => option.value !== currentTechnicianId)
                .map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
            </Select>
          </Field>
        </form>
      </Dialog>
    </div>
  );
}
