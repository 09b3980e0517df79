"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Select, Spinner, focusRing, useToast } from "@/components/ui";
import { type NotificationKindName } from "@/lib/mail/schemas";
import { Switch } from "./switch";
import { type Action, type SenderOption } from "./types";

export type NotificationRow = { kind: NotificationKindName; enabled: boolean; senderUserId: string | null };

/**
 * One row per notification (product.md §4): a switch and a sender, each saved as soon as it
 * changes. Password reset follows its process (the card above), so its row only shows it.
 */
export function NotificationSettingsTable({
  rows,
  senders,
  passwordResetSenderName,
  onSave,
}: {
  rows: NotificationRow[];
  senders: SenderOption[];
  passwordResetSenderName: string | null;
  onSave: Action;
}) {
  const t = useTranslations("admin.mail.notifications");
  const tm = useTranslations("admin.mail");
  const toast = useToast();
  const [values, setValues] = useState(rows);
  const [savingKind, setSavingKind] = useState<NotificationKindName | null>(null);
  const [, startTransition] = useTransition();

  function save(next: NotificationRow) {
    const previous = values;
    setValues((current) => current.map((row) => (row.kind === next.kind ? next : row)));
    setSavingKind(next.kind);
    startTransition(async () => {
      const result = await onSave(next);
      setSavingKind(null);
      if (result.ok) {
        toast.show({ title: t("savedFor", { notification: t(`kinds.${next.kind}.name`) }), tone: "success" });
      } else {
        setValues(previous);
        toast.show({ title: t("notSavedFor", { notification: t(`kinds.${next.kind}.name`) }), description: result.message, tone: "danger" });
      }
    });
  }

  // A list rather than a table: on a phone each notification stacks its switch and sender
  // under its name; from md up the rows line up in three columns under a visual header.
  const columns = "md:grid md:grid-cols-[minmax(0,1fr)_9rem_minmax(0,20rem)] md:items-start md:gap-6";
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <div aria-hidden="true" className={`hidden border-b border-slate-200 bg-slate-50 px-4 py-3 text-sm font-semibold text-slate-700 ${columns}`}>
        <span>{t("columns.notification")}</span>
        <span>{t("columns.enabled")}</span>
        <span>{t("columns.sender")}</span>
      </div>
      <ul aria-label={t("tableCaption")} className="divide-y divide-slate-200">
        {values.map((row) => {
          const name = t(`kinds.${row.kind}.name`);
          const nameId = `notification-${row.kind}`;
          const sender = senders.find((option) => option.id === row.senderUserId);
          const managedByProcess = row.kind === "PASSWORD_RESET";
          return (
            <li key={row.kind} aria-labelledby={nameId} className={`space-y-3 px-4 py-4 md:space-y-0 ${columns}`}>
              <div className="min-w-0">
                <h3 id={nameId} className="font-semibold text-slate-950">
                  {name}
                </h3>
                <p className="text-sm text-slate-600">{t(`kinds.${row.kind}.description`)}</p>
              </div>
              <div className="flex min-h-11 items-center gap-2">
                <Switch
                  checked={row.enabled}
                  disabled={managedByProcess || savingKind !== null}
                  onChange={(event) => save({ ...row, enabled: event.target.checked })}
                  aria-label={t("switchLabel", { notification: name })}
                />
                <span className="text-sm text-slate-700">{row.enabled ? t("on") : t("off")}</span>
                {savingKind === row.kind ? <Spinner label={t("saving")} className="size-4" /> : null}
              </div>
              <div className="min-w-0 text-sm">
                {managedByProcess ? (
                  <p className="text-slate-700">
                    {passwordResetSenderName ? t("processSender", { name: passwordResetSenderName }) : t("processNoSender")}{" "}
                    <Link href="#password-reset-process-title" className={`rounded font-medium text-brand-700 underline ${focusRing}`}>
                      {t("processLink")}
                    </Link>
                  </p>
                ) : (
                  <>
                    <Select
                      value={row.senderUserId ?? ""}
                      disabled={savingKind !== null}
                      onChange={(event) => save({ ...row, senderUserId: event.target.value || null })}
                      aria-label={t("senderLabel", { notification: name })}
                      aria-describedby={sender && sender.mailboxStatus !== "ENABLED" ? `${nameId}-sender-hint` : undefined}
                    >
                      <option value="">{t("defaultSender")}</option>
                      {senders
                        .filter((option) => option.mailboxStatus !== null)
                        .map((option) => (
                          <option key={option.id} value={option.id}>
                            {tm("senderOption", { name: option.name, state: tm(`senderMailboxShort.${option.mailboxStatus ?? "NONE"}`) })}
                          </option>
                        ))}
                    </Select>
                    {sender && sender.mailboxStatus !== "ENABLED" ? (
                      <p id={`${nameId}-sender-hint`} className="mt-1 text-amber-900">
                        {t("senderWaits")}
                      </p>
                    ) : null}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
