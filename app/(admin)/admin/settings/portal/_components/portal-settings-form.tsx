"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button, Card, Field, Input, Select } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { SLOT_STEP_CHOICES } from "@/lib/settings/schemas";
import { FormAlert } from "../../../_components/form-alert";
import { useActionForm } from "../../../_components/use-action-form";

type Values = {
  timeZone: string;
  minimumNoticeMinutes: number;
  bookingHorizonDays: number;
  slotStepMinutes: number;
  rescheduleCutoffMinutes: number;
  cancelCutoffMinutes: number;
  maxReschedules: number;
  trackingEnabled: boolean;
};

/** Minutes shown as hours in the form (notice and cutoffs are set in hours; stored in minutes). */
const toHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);
const toMinutes = (hours: string) => {
  const value = Number(hours.trim().replace(",", "."));
  return hours.trim() === "" || Number.isNaN(value) ? "invalid" : Math.round(value * 60);
};

/** The booking rules customers meet on the portal, and live tracking. */
export function PortalSettingsForm({ initial, timeZones, onSubmit }: { initial: Values; timeZones: string[]; onSubmit: (input: unknown) => Promise<ActionResult> }) {
  const t = useTranslations("admin.portalSettings");
  const tc = useTranslations("admin.shared");
  const form = useActionForm(onSubmit);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [noticeHours, setNoticeHours] = useState(toHours(initial.minimumNoticeMinutes));
  const [horizonDays, setHorizonDays] = useState(String(initial.bookingHorizonDays));
  const [slotStep, setSlotStep] = useState(String(initial.slotStepMinutes));
  const [rescheduleHours, setRescheduleHours] = useState(toHours(initial.rescheduleCutoffMinutes));
  const [cancelHours, setCancelHours] = useState(toHours(initial.cancelCutoffMinutes));
  const [maxReschedules, setMaxReschedules] = useState(String(initial.maxReschedules));
  const [trackingEnabled, setTrackingEnabled] = useState(initial.trackingEnabled);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit({
      timeZone,
      minimumNoticeMinutes: toMinutes(noticeHours),
      bookingHorizonDays: horizonDays,
      slotStepMinutes: slotStep,
      rescheduleCutoffMinutes: toMinutes(rescheduleHours),
      cancelCutoffMinutes: toMinutes(cancelHours),
      maxReschedules,
      trackingEnabled,
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-6">
      <FormAlert message={form.formError} />
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-950">{t("companySection")}</h2>
        <Field label={t("timeZone")} hint={t("timeZoneHint")} error={form.errors.timeZone} required>
          <Select value={timeZone} onChange={(event) => setTimeZone(event.target.value)}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-950">{t("bookingSection")}</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("minimumNoticeHours")} hint={t("minimumNoticeHint")} error={form.errors.minimumNoticeMinutes} required>
            <Input inputMode="decimal" value={noticeHours} onChange={(event) => setNoticeHours(event.target.value)} />
          </Field>
          <Field label={t("bookingHorizonDays")} hint={t("bookingHorizonHint")} error={form.errors.bookingHorizonDays} required>
            <Input type="number" inputMode="numeric" min={1} max={365} value={horizonDays} onChange={(event) => setHorizonDays(event.target.value)} />
          </Field>
          <Field label={t("slotStepMinutes")} hint={t("slotStepHint")} error={form.errors.slotStepMinutes} required>
            <Select value={slotStep} onChange={(event) => setSlotStep(event.target.value)}>
              {SLOT_STEP_CHOICES.map((step) => (
                <option key={step} value={step}>
                  {t("minutesValue", { minutes: step })}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </Card>
      <Card className="space-y-4">
        <h2 className="text-lg font-semibold text-slate-950">{t("changesSection")}</h2>
        <p className="text-sm text-slate-700">{t("changesDescription")}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("rescheduleCutoffHours")} hint={t("rescheduleCutoffHint")} error={form.errors.rescheduleCutoffMinutes} required>
            <Input inputMode="decimal" value={rescheduleHours} onChange={(event) => setRescheduleHours(event.target.value)} />
          </Field>
          <Field label={t("cancelCutoffHours")} hint={t("cancelCutoffHint")} error={form.errors.cancelCutoffMinutes} required>
            <Input inputMode="decimal" value={cancelHours} onChange={(event) => setCancelHours(event.target.value)} />
          </Field>
          <Field label={t("maxReschedules")} hint={t("maxReschedulesHint")} error={form.errors.maxReschedules} required>
            <Input type="number" inputMode="numeric" min={0} max={20} value={maxReschedules} onChange={(event) => setMaxReschedules(event.target.value)} />
          </Field>
        </div>
      </Card>
      <Card className="space-y-2">
        <h2 className="text-lg font-semibold text-slate-950">{t("trackingSection")}</h2>
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-900">
          <input type="checkbox" className="size-5 accent-brand-700" checked={trackingEnabled} onChange={(event) => setTrackingEnabled(event.target.checked)} />
          {t("trackingEnabled")}
        </label>
        <p className="text-sm text-slate-700">{t("trackingHint")}</p>
      </Card>
      <Button type="submit" loading={form.pending}>
        {form.pending ? tc("saving") : tc("save")}
      </Button>
    </form>
  );
}
