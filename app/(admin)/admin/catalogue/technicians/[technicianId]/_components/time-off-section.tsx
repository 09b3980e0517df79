"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, ConfirmDialog, EmptyState, Field, Input } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { FormAlert } from "../../../../_components/form-alert";
import { useActionForm } from "../../../../_components/use-action-form";

type TimeOffEntry = { id: string; label: string; reason: string | null };

/** Time off still to come: the list (remove after confirming) and the add form, in the technician's zone. */
export function TimeOffSection({
  technicianId,
  timeZone,
  entries,
  onAdd,
  onRemove,
}: {
  technicianId: string;
  timeZone: string;
  entries: TimeOffEntry[];
  onAdd: (input: unknown) => Promise<ActionResult>;
  onRemove: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.catalogue.timeOff");
  const tc = useTranslations("admin.shared");
  const formId = useId();
  const adding = useActionForm(onAdd);
  const removing = useActionForm(onRemove);
  const [startsAtLocal, setStartsAtLocal] = useState("");
  const [endsAtLocal, setEndsAtLocal] = useState("");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState<TimeOffEntry | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await adding.submit({ technicianId, startsAtLocal, endsAtLocal, reason })) {
      setStartsAtLocal("");
      setEndsAtLocal("");
      setReason("");
    }
  }

  return (
    <div className="space-y-6">
      {entries.length === 0 ? (
        <EmptyState titleAs="h3" title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {entries.map((entry) => (
            <li key={entry.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div className="min-w-0">
                <p className="font-medium text-slate-950">{entry.label}</p>
                {entry.reason ? <p className="text-sm text-slate-700">{entry.reason}</p> : null}
              </div>
              <Button variant="danger" size="sm" onClick={() => setConfirming(entry)} aria-label={t("removeNamed", { period: entry.label })}>
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming !== null}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) void removing.submit({ timeOffId: confirming.id }).then((done) => done && setConfirming(null));
        }}
        title={t("removeTitle")}
        description={t("removeDescription", { period: confirming?.label ?? "" })}
        confirmLabel={t("remove")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
        pending={removing.pending}
        tone="danger"
      >
        {removing.formError ? <p role="alert" className="text-sm font-medium text-red-700">{removing.formError}</p> : null}
      </ConfirmDialog>

      <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
        <h3 className="text-base font-semibold text-slate-950">{t("addTitle")}</h3>
        <p className="text-sm text-slate-700">{t("zoneNote", { timeZone })}</p>
        <FormAlert message={adding.formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("startsAt")} error={adding.errors.startsAtLocal} required>
            <Input type="datetime-local" value={startsAtLocal} onChange={(event) => setStartsAtLocal(event.target.value)} />
          </Field>
          <Field label={t("endsAt")} error={adding.errors.endsAtLocal} required>
            <Input type="datetime-local" value={endsAtLocal} onChange={(event) => setEndsAtLocal(event.target.value)} />
          </Field>
        </div>
        <Field label={t("reason")} error={adding.errors.reason} labelSuffix={tc("optional")}>
          <Input value={reason} onChange={(event) => setReason(event.target.value)} autoComplete="off" />
        </Field>
        <Button type="submit" loading={adding.pending}>
          {t("add")}
        </Button>
      </form>
    </div>
  );
}
