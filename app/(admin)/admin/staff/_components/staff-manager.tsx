"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { UsersIcon } from "@/components/icons";
import { Badge, Button, Card, cn, ConfirmDialog, EmptyState, focusRing, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { AddStaffMemberDialog, ChangeRoleDialog, ResetPasswordDialog } from "./staff-dialogs";
import { type StaffMemberView } from "./types";

export { type StaffMemberView } from "./types";


type Action = (input: unknown) => Promise<ActionResult>;

export type StaffActions = {
  create: Action;
  changeRole: Action;
  disable: Action;
  enable: Action;
  resetPassword: Action;
};

type OpenDialog =
  | { kind: "add" }
  | { kind: "role"; member: StaffMemberView }
  | { kind: "password"; member: StaffMemberView }
  | { kind: "disable"; member: StaffMemberView }
  | null;

export function StaffManager({ members, actions }: { members: StaffMemberView[]; actions: StaffActions }) {
  const t = useTranslations("admin.staff");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const activeCount = members.filter((member) => !member.disabled).length;

  function announce(member: StaffMemberView | null, result: ActionResult) {
    if (result.ok) toast.show({ title: result.message ?? tc("saved"), tone: "success" });
    else toast.show({ title: t("actionFailed", { name: member?.name ?? "" }), description: result.message, tone: "danger" });
  }

  function toggleAccess(member: StaffMemberView, action: "disable" | "enable") {
    setPendingId(member.id);
    startTransition(async () => {
      const result = await actions[action]({ userId: member.id });
      setPendingId(null);
      setDialog(null);
      announce(member, result);
    });
  }

  /** Dialog forms: keep the dialog open on a refusal, so the fields show their messages. */
  async function submitDialog(member: StaffMemberView | null, run: () => Promise<ActionResult>): Promise<ActionResult> {
    const result = await run();
    if (result.ok) {
      setDialog(null);
      announce(member, result);
    } else if (!result.fieldErrors) {
      setDialog(null);
      announce(member, result);
    }
    return result;
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-slate-950">{t("listTitle", { count: members.length })}</h2>
          <p className="text-sm text-slate-600">{t("summary", { active: activeCount, disabled: members.length - activeCount })}</p>
        </div>
        <Button onClick={() => setDialog({ kind: "add" })}>{t("add")}</Button>
      </div>

      {members.length === 0 ? (
        <EmptyState icon={<UsersIcon />} titleAs="h3" title={t("listTitle", { count: 0 })} />
      ) : (
        <ul className="space-y-3" aria-label={t("listLabel")}>
          {members.map((member) => {
            const headingId = `staff-${member.id}-name`;
            const busy = pendingId === member.id;
            return (
              <Card
                as="li"
                key={member.id}
                aria-labelledby={headingId}
                className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between"
              >
                <div className="min-w-0 space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={headingId} className="text-base font-semibold break-words text-slate-950">
                      {member.name}
                    </h3>
                    {member.isSelf ? <Badge tone="info">{t("you")}</Badge> : null}
                  </div>
                  <p className="break-all text-slate-700">{member.email}</p>
                  <div className="flex flex-wrap items-center gap-2 pt-1">
                    <Badge>{t(`roles.${member.role}`)}</Badge>
                    <Badge tone={member.disabled ? "danger" : "success"} dot>
                      {member.disabled ? t("status.disabled") : t("status.active")}
                    </Badge>
                    <span className="text-sm text-slate-600">{member.sinceLabel}</span>
                  </div>
                  {member.technician ? (
                    <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-700">
                      <span>{member.technician.label}</span>
                      <Link
                        href={member.technician.href}
                        aria-describedby={headingId}
                        className={cn("inline-flex min-h-11 items-center rounded font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900", focusRing)}
                      >
                        {member.technician.linkLabel}
                      </Link>
                    </p>
                  ) : null}
                  {member.isSelf ? <p className="max-w-prose text-sm text-slate-600">{t("selfNote")}</p> : null}
                </div>

                {member.isSelf ? null : (
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <Button
                      variant="secondary"
                      onClick={() => setDialog({ kind: "role", member })}
                      disabled={busy}
                      aria-describedby={headingId}
                    >
                      {t("changeRole")}
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => setDialog({ kind: "password", member })}
                      disabled={busy}
                      aria-describedby={headingId}
                    >
                      {t("resetPassword")}
                    </Button>
                    {member.disabled ? (
                      <Button onClick={() => toggleAccess(member, "enable")} loading={busy} aria-describedby={headingId}>
                        {busy ? t("enabling") : t("enable")}
                      </Button>
                    ) : (
                      <Button
                        variant="danger"
                        onClick={() => setDialog({ kind: "disable", member })}
                        disabled={busy}
                        aria-describedby={headingId}
                      >
                        {t("disable")}
                      </Button>
                    )}
                  </div>
                )}
              </Card>
            );
          })}
        </ul>
      )}

      <AddStaffMemberDialog
        key={dialog?.kind === "add" ? "add-open" : "add-closed"}
        open={dialog?.kind === "add"}
        onClose={() => setDialog(null)}
        onSubmit={(values) => submitDialog(null, () => actions.create(values))}
      />
      <ChangeRoleDialog
        key={dialog?.kind === "role" ? `role-${dialog.member.id}` : "role-closed"}
        member={dialog?.kind === "role" ? dialog.member : null}
        onClose={() => setDialog(null)}
        onSubmit={(member, role) => submitDialog(member, () => actions.changeRole({ userId: member.id, role }))}
      />
      <ResetPasswordDialog
        key={dialog?.kind === "password" ? `password-${dialog.member.id}` : "password-closed"}
        member={dialog?.kind === "password" ? dialog.member : null}
        onClose={() => setDialog(null)}
        onSubmit={(member, password) => submitDialog(member, () => actions.resetPassword({ userId: member.id, password }))}
      />
      <ConfirmDialog
        open={dialog?.kind === "disable"}
        onCancel={() => setDialog(null)}
        onConfirm={() => dialog?.kind === "disable" && toggleAccess(dialog.member, "disable")}
        pending={dialog?.kind === "disable" && pendingId === dialog.member.id}
        title={t("disableTitle", { name: dialog?.kind === "disable" ? dialog.member.name : "" })}
        description={t("disableDescription")}
        confirmLabel={t("disableConfirm")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
      />
    </div>
  );
}
