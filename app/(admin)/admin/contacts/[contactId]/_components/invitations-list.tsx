"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TicketIcon } from "@/components/icons";
import { Badge, Button, cn, ConfirmDialog, EmptyState, focusRing, Spinner, useToast, type Tone } from "@/components/ui";
import { type InvitationStatus } from "@/lib/identity";
import { type ActionResult } from "@/lib/result";
import { CopyField } from "./copy-field";

export type InvitationView = {
  id: string;
  status: InvitationStatus;
  kindLabel: string;
  /** Pre-formatted in the company's zone. */
  createdLabel: string;
  expiresLabel: string;
  revokedLabel: string | null;
  redemptionsLabel: string;
  lastRedeemedLabel: string | null;
  codeAvailable: boolean;
};

const statusTone: Record<InvitationStatus, Tone> = { pending: "info", redeemed: "success", expired: "neutral", revoked: "warning" };

/** The contact's invitations, newest first, with Advanced (code and link) and Revoke on pending ones. */
export function InvitationsList({
  contactId,
  invitations,
  mayManage,
  onReveal,
  onRevoke,
}: {
  contactId: string;
  invitations: InvitationView[];
  mayManage: boolean;
  onReveal: (input: unknown) => Promise<ActionResult<{ code: string; link: string }>>;
  onRevoke: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.invitations");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const [revoking, setRevoking] = useState<InvitationView | null>(null);
  const [pending, startTransition] = useTransition();

  if (invitations.length === 0) {
    return <EmptyState icon={<TicketIcon />} title={t("emptyTitle")} description={t("emptyDescription")} />;
  }

  function revoke(invitation: InvitationView) {
    startTransition(async () => {
      const result = await onRevoke({ contactId, invitationId: invitation.id });
      setRevoking(null);
      if (result.ok) toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      else toast.show({ title: t("revokeFailed"), description: result.message, tone: "danger" });
    });
  }

  return (
    <>
      <ul className="space-y-3">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={statusTone[invitation.status]} dot>
                {t(`statuses.${invitation.status}`)}
              </Badge>
              <span className="text-sm font-medium text-slate-700">{invitation.kindLabel}</span>
            </div>
            <ul className="mt-2 space-y-0.5 text-sm text-slate-700">
              <li>{invitation.createdLabel}</li>
              <li>{invitation.revokedLabel ?? invitation.expiresLabel}</li>
              <li>{invitation.redemptionsLabel}</li>
              {invitation.lastRedeemedLabel ? <li>{invitation.lastRedeemedLabel}</li> : null}
            </ul>
            {mayManage && invitation.status === "pending" ? (
              <>
                <div className="mt-3 flex flex-wrap gap-2">
                  <Button size="sm" variant="secondary" onClick={() => setRevoking(invitation)}>
                    {t("revoke")}
                  </Button>
                </div>
                <AdvancedDisclosure contactId={contactId} invitation={invitation} onReveal={onReveal} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        onCancel={() => setRevoking(null)}
        onConfirm={() => revoking && revoke(revoking)}
        pending={pending}
        title={t("revokeTitle")}
        description={t("revokeDescription")}
        confirmLabel={t("revokeConfirm")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
      />
    </>
  );
}

/**
 * Advanced (seed 000: "Sélectionnez Avancé et copiez le code d'invitation"): opening it asks the
 * server for the code, which unseals it and logs the look.
 */
function AdvancedDisclosure({
  contactId,
  invitation,
  onReveal,
}: {
  contactId: string;
  invitation: InvitationView;
  onReveal: (input: unknown) => Promise<ActionResult<{ code: string; link: string }>>;
}) {
  const t = useTranslations("admin.invitations");
  const panelId = `invitation-${invitation.id}-advanced`;
  const [open, setOpen] = useState(false);
  const [revealed, setRevealed] = useState<ActionResult<{ code: string; link: string }> | null>(null);
  const [loading, startLoading] = useTransition();

  function toggle() {
    const next = !open;
    setOpen(next);
    if (next && !revealed?.ok && invitation.codeAvailable) {
      startLoading(async () => setRevealed(await onReveal({ contactId, invitationId: invitation.id })));
    }
  }

  return (
    <div className="mt-3 border-t border-slate-200 pt-3">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className={cn("inline-flex min-h-11 items-center gap-2 rounded-lg px-1 font-semibold text-brand-800 hover:underline", focusRing)}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={`size-5 transition-transform ${open ? "rotate-90" : ""}`}>
          <path fillRule="evenodd" d="M7.21 14.77a.75.75 0 0 1 .02-1.06L11.17 10 7.23 6.29a.75.75 0 1 1 1.04-1.08l4.5 4.25a.75.75 0 0 1 0 1.08l-4.5 4.25a.75.75 0 0 1-1.06-.02Z" clipRule="evenodd" />
        </svg>
        {t("advanced")}
      </button>
      <div id={panelId} hidden={!open} className="mt-2 space-y-2">
        <p className="text-sm text-slate-700">{t("advancedDescription")}</p>
        {!invitation.codeAvailable ? (
          <p className="text-sm font-medium text-slate-800">{t("outcomes.code_unavailable")}</p>
        ) : loading ? (
          <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
            <Spinner />
            {t("revealing")}
          </p>
        ) : revealed?.ok ? (
          <>
            <CopyField label={t("code")} value={revealed.value.code} monospace />
            <CopyField label={t("link")} value={revealed.value.link} />
          </>
        ) : revealed ? (
          <p role="alert" className="text-sm font-medium text-red-800">
            {revealed.message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
