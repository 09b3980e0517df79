"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { AlertIcon, CheckCircleIcon, SlidersIcon } from "@/components/icons";
import { Badge, Button, Card, ConfirmDialog, EmptyState, useToast, type Tone } from "@/components/ui";
import { type MailboxStatusName, type SmtpTlsModeName } from "@/lib/mail/schemas";
import { type ActionResult } from "@/lib/result";
import { MailboxFormDialog, type MailboxFormValues, type OwnerOption } from "./mailbox-form-dialog";

export type MailboxView = {
  id: string;
  displayName: string;
  fromAddress: string;
  smtpHost: string;
  smtpPort: number;
  tlsMode: SmtpTlsModeName;
  smtpUser: string | null;
  hasPassword: boolean;
  status: MailboxStatusName;
  ownerUserId: string | null;
  ownerLabel: string | null;
  /** Pre-formatted in the company's zone, zone named. */
  approvedLabel: string | null;
  testedLabel: string | null;
  lastTestError: string | null;
  /** Settings.defaultMailboxId: sends the notifications without a sender of their own. */
  isDefaultMailbox: boolean;
  /** Its owner is the sender of the (switched on) password-reset process. */
  sendsPasswordResets: boolean;
};

type Action = (input: unknown) => Promise<ActionResult>;

export type MailboxActions = {
  create: Action;
  update: Action;
  approve: Action;
  testAndEnable: Action;
  disable: Action;
};

const statusTone: Record<MailboxStatusName, Tone> = {
  PENDING_APPROVAL: "warning",
  APPROVED: "info",
  ENABLED: "success",
  DISABLED: "neutral",
};

type Pending = { mailboxId: string; action: "approve" | "testAndEnable" | "disable" } | null;

export function MailboxesManager({
  mailboxes,
  owners,
  actions,
}: {
  mailboxes: MailboxView[];
  owners: OwnerOption[];
  actions: MailboxActions;
}) {
  const t = useTranslations("admin.mail.mailboxes");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const [editing, setEditing] = useState<MailboxView | "new" | null>(null);
  const [confirmDisable, setConfirmDisable] = useState<MailboxView | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [, startTransition] = useTransition();

  function run(mailbox: MailboxView, action: "approve" | "testAndEnable" | "disable") {
    setPending({ mailboxId: mailbox.id, action });
    startTransition(async () => {
      const result = await actions[action]({ mailboxId: mailbox.id });
      setPending(null);
      setConfirmDisable(null);
      if (result.ok) toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      else toast.show({ title: t("actionFailed", { mailbox: mailbox.displayName }), description: result.message, tone: "danger" });
    });
  }

  const isPending = (mailbox: MailboxView, action: NonNullable<Pending>["action"]) =>
    pending?.mailboxId === mailbox.id && pending.action === action;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-950">{t("listTitle", { count: mailboxes.length })}</h2>
        <Button onClick={() => setEditing("new")}>{t("add")}</Button>
      </div>

      {mailboxes.length === 0 ? (
        <EmptyState
          icon={<SlidersIcon />}
          titleAs="h3"
          title={t("emptyTitle")}
          description={t("emptyDescription")}
        />
      ) : (
        <ul className="space-y-4" aria-label={t("listLabel")}>
          {mailboxes.map((mailbox) => {
            const headingId = `mailbox-${mailbox.id}-name`;
            return (
              <Card as="li" key={mailbox.id} aria-labelledby={headingId} className="space-y-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h3 id={headingId} className="text-base font-semibold break-words text-slate-950">
                      {mailbox.displayName}
                    </h3>
                    <p className="break-all text-slate-700">{mailbox.fromAddress}</p>
                  </div>
                  <Badge tone={statusTone[mailbox.status]} dot>
                    {t(`status.${mailbox.status}`)}
                  </Badge>
                </div>

                <p className="text-sm text-slate-700">{t(`nextStep.${mailbox.status}`)}</p>
                {mailbox.isDefaultMailbox || mailbox.sendsPasswordResets ? (
                  <ul className="flex flex-wrap gap-2" aria-label={t("usedFor")}>
                    {mailbox.isDefaultMailbox ? (
                      <li>
                        <Badge tone="info">{t("roles.default")}</Badge>
                      </li>
                    ) : null}
                    {mailbox.sendsPasswordResets ? (
                      <li>
                        <Badge tone="info">{t("roles.passwordReset")}</Badge>
                      </li>
                    ) : null}
                  </ul>
                ) : null}

                <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                  <Detail label={t("fields.server")} value={`${mailbox.smtpHost}:${mailbox.smtpPort} · ${t(`tlsModes.${mailbox.tlsMode}`)}`} />
                  <Detail
                    label={t("fields.smtpUser")}
                    value={
                      mailbox.smtpUser
                        ? `${mailbox.smtpUser} · ${mailbox.hasPassword ? t("passwordStored") : t("passwordMissing")}`
                        : t("noAuthentication")
                    }
                  />
                  <Detail label={t("fields.owner")} value={mailbox.ownerLabel ?? t("sharedMailbox")} />
                  {mailbox.approvedLabel ? <Detail label={t("approvedOn")} value={mailbox.approvedLabel} /> : null}
                  {mailbox.testedLabel ? <Detail label={t("testedOn")} value={mailbox.testedLabel} /> : null}
                </dl>

                {mailbox.lastTestError ? (
                  <div className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-900">
                    <p className="flex items-center gap-2 font-semibold">
                      <AlertIcon className="size-5 shrink-0" aria-hidden="true" />
                      {t("lastTestFailed")}
                    </p>
                    <p className="mt-1 font-mono text-sm break-words whitespace-pre-wrap" data-testid="last-test-error">
                      {mailbox.lastTestError}
                    </p>
                  </div>
                ) : mailbox.status === "ENABLED" ? (
                  <p className="flex items-center gap-2 text-sm font-medium text-green-800">
                    <CheckCircleIcon className="size-5 shrink-0" aria-hidden="true" />
                    {t("lastTestPassed")}
                  </p>
                ) : null}

                <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
                  {mailbox.status === "PENDING_APPROVAL" ? (
                    <Button
                      onClick={() => run(mailbox, "approve")}
                      loading={isPending(mailbox, "approve")}
                      disabled={pending !== null}
                      aria-describedby={headingId}
                    >
                      {isPending(mailbox, "approve") ? t("approving") : t("approve")}
                    </Button>
                  ) : null}
                  {mailbox.status === "APPROVED" || mailbox.status === "DISABLED" ? (
                    <Button
                      onClick={() => run(mailbox, "testAndEnable")}
                      loading={isPending(mailbox, "testAndEnable")}
                      disabled={pending !== null}
                      aria-describedby={headingId}
                    >
                      {isPending(mailbox, "testAndEnable") ? t("testing") : t("testAndEnable")}
                    </Button>
                  ) : null}
                  <Button variant="secondary" onClick={() => setEditing(mailbox)} disabled={pending !== null} aria-describedby={headingId}>
                    {t("edit")}
                  </Button>
                  {mailbox.status === "ENABLED" ? (
                    <Button variant="danger" onClick={() => setConfirmDisable(mailbox)} disabled={pending !== null} aria-describedby={headingId}>
                      {t("disable")}
                    </Button>
                  ) : null}
                </div>
              </Card>
            );
          })}
        </ul>
      )}

      <MailboxFormDialog
        key={editing === null ? "closed" : editing === "new" ? "new" : editing.id}
        open={editing !== null}
        mailbox={editing === "new" || editing === null ? null : toFormValues(editing)}
        owners={owners}
        onClose={() => setEditing(null)}
        onSubmit={async (values) => {
          const result = editing !== null && editing !== "new" ? await actions.update({ ...values, mailboxId: editing.id }) : await actions.create(values);
          if (result.ok) {
            setEditing(null);
            toast.show({ title: result.message ?? tc("saved"), tone: "success" });
          }
          return result;
        }}
      />

      <ConfirmDialog
        open={confirmDisable !== null}
        onCancel={() => setConfirmDisable(null)}
        onConfirm={() => confirmDisable && run(confirmDisable, "disable")}
        pending={confirmDisable !== null && isPending(confirmDisable, "disable")}
        title={t("disableTitle", { mailbox: confirmDisable?.displayName ?? "" })}
        description={confirmDisable?.sendsPasswordResets ? t("disableSenderDescription") : t("disableDescription")}
        confirmLabel={t("disableConfirm")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
      />
    </div>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="break-words text-slate-900">{value}</dd>
    </div>
  );
}

function toFormValues(mailbox: MailboxView): MailboxFormValues {
  return {
    displayName: mailbox.displayName,
    fromAddress: mailbox.fromAddress,
    smtpHost: mailbox.smtpHost,
    smtpPort: String(mailbox.smtpPort),
    tlsMode: mailbox.tlsMode,
    smtpUser: mailbox.smtpUser ?? "",
    smtpPassword: "",
    ownerUserId: mailbox.ownerUserId ?? "",
    hasPassword: mailbox.hasPassword,
  };
}
