"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { Button, Card, Dialog, Field, Textarea } from "@/components/ui";
import { REASON_MAX_LENGTH } from "@/lib/booking/schemas";
import { SlotPicker, type LoadSlots } from "../../../_components/slot-picker";
import { type PickerMonth } from "../../../_components/slot-types";
import { ZonedTime } from "../../../_components/zoned-time";
import { type cancelAction, type loadRescheduleSlotsAction, type rescheduleAction } from "../actions";

type Props = {
  appointmentId: string;
  /** The visit's service: its slots are the ones offered. */
  serviceId: string;
  canReschedule: boolean;
  canCancel: boolean;
  loadSlots: typeof loadRescheduleSlotsAction;
  reschedule: typeof rescheduleAction;
  cancel: typeof cancelAction;
};

/** Reschedule (same picker as booking) and Cancel (a dialog with a required reason). */
export function AppointmentActions({ appointmentId, serviceId, canReschedule, canCancel, loadSlots, reschedule, cancel }: Props) {
  const t = useTranslations("portal.appointments");
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "reschedule">("idle");
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [month, setMonth] = useState<PickerMonth | null>(null);
  const [fresh, setFresh] = useState<PickerMonth | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();

  const load = useCallback<LoadSlots>((range) => loadSlots({ ...range, appointmentId, serviceId }), [loadSlots, appointmentId, serviceId]);

  function onReschedule() {
    if (!startsAt) return;
    setError(null);
    startTransition(async () => {
      const result = await reschedule({ appointmentId, startsAt });
      if (result.ok) {
        setMode("idle");
        router.replace(`/portal/appointments/${appointmentId}?rescheduled=1`);
        router.refresh();
        return;
      }
      setError(result.message);
      if (result.code === "slot_taken" && "freshSlots" in result) {
        setFresh(result.freshSlots);
        setStartsAt(null);
      }
    });
  }

  function onCancel() {
    setReasonError(undefined);
    startTransition(async () => {
      const result = await cancel({ appointmentId, reason });
      if (result.ok) {
        setCancelOpen(false);
        router.replace(`/portal/appointments/${appointmentId}?cancelled=1`);
        router.refresh();
        return;
      }
      setReasonError(result.fieldErrors?.reason ?? result.message);
    });
  }

  if (!canReschedule && !canCancel) return null;

  return (
    <div className="space-y-4">
      {mode === "idle" ? (
        <div className="flex flex-col gap-2 sm:flex-row">
          {canReschedule ? (
            <Button variant="secondary" onClick={() => setMode("reschedule")}>
              {t("reschedule.button")}
            </Button>
          ) : null}
          {canCancel ? (
            <Button variant="danger" onClick={() => setCancelOpen(true)}>
              {t("cancel.button")}
            </Button>
          ) : null}
        </div>
      ) : (
        <Card as="section" aria-labelledby="reschedule-title" className="space-y-4">
          <h2 id="reschedule-title" className="text-lg font-semibold text-slate-950">
            {t("reschedule.title")}
          </h2>
          {error ? (
            <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
              {error}
            </p>
          ) : null}
          <SlotPicker
            load={load}
            value={startsAt}
            fresh={fresh}
            onChange={(slot, pickerMonth) => {
              setStartsAt(slot);
              setMonth(pickerMonth);
            }}
          />
          {startsAt && month ? (
            <p className="text-slate-950">
              {t("reschedule.newTime")} <ZonedTime iso={startsAt} timeZone={month.timeZone} />
            </p>
          ) : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={() => setMode("idle")} disabled={pending}>
              {t("reschedule.keep")}
            </Button>
            <Button onClick={onReschedule} disabled={!startsAt} loading={pending}>
              {t("reschedule.confirm")}
            </Button>
          </div>
        </Card>
      )}

      <Dialog
        open={cancelOpen}
        onClose={() => setCancelOpen(false)}
        title={t("cancel.title")}
        description={t("cancel.description")}
        closeLabel={t("close")}
        closeOnBackdropClick={false}
        footer={
          <>
            <Button variant="secondary" onClick={() => setCancelOpen(false)} disabled={pending}>
              {t("cancel.keep")}
            </Button>
            <Button variant="danger" onClick={onCancel} loading={pending}>
              {t("cancel.confirm")}
            </Button>
          </>
        }
      >
        <Field label={t("cancel.reasonLabel")} hint={t("cancel.reasonHint")} error={reasonError} required>
          <Textarea name="reason" value={reason} maxLength={REASON_MAX_LENGTH} required onChange={(event) => setReason(event.target.value)} />
        </Field>
      </Dialog>
    </div>
  );
}
