"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Card, cn, focusRingInset } from "@/components/ui";
import { type InvitationForProfile } from "@/lib/identity";
import { type ActionResult } from "@/lib/result";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { CreateProfileForm } from "./create-profile-form";

type Tab = "sign-in" | "invitation";
const TABS: Tab[] = ["sign-in", "invitation"];

/**
 * Two tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between them; the URL follows
 * the selected tab), then, once a code works, the Create your profile step in their place.
 */
export function PortalSignIn({
  initialTab,
  initialCode,
  title,
  lead,
  signIn,
  onCheckCode,
  onCreateProfile,
}: {
  initialTab: Tab;
  initialCode: string;
  title: string;
  lead: string;
  /** The password form, rendered on the server. */
  signIn: ReactNode;
  onCheckCode: (input: unknown) => Promise<ActionResult<InvitationForProfile>>;
  onCreateProfile: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
}) {
  const t = useTranslations("portal.signIn");
  const [tab, setTab] = useState<Tab>(initialTab);
  const [accepted, setAccepted] = useState<{ code: string; invitation: InvitationForProfile } | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ "sign-in": null, invitation: null });

  function select(next: Tab, focus = false) {
    setTab(next);
    if (focus) tabRefs.current[next]?.focus();
    const url = new URL(window.location.href);
    if (next === "invitation") url.searchParams.set("tab", "invitation");
    else url.searchParams.delete("tab");
    window.history.replaceState(window.history.state, "", url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = TABS.indexOf(tab);
    const target =
      event.key === "ArrowRight" ? TABS[(index + 1) % TABS.length] :
      event.key === "ArrowLeft" ? TABS[(index - 1 + TABS.length) % TABS.length] :
      event.key === "Home" ? TABS[0] :
      event.key === "End" ? TABS[TABS.length - 1] : undefined;
    if (!target) return;
    event.preventDefault();
    select(target, true);
  }

  if (accepted) {
    return (
      <div className="mx-auto w-full max-w-md py-6 sm:py-12">
        <Card className="p-5 sm:p-8">
          <CreateProfileForm code={accepted.code} invitation={accepted.invitation} onSubmit={onCreateProfile} onBack={() => setAccepted(null)} />
        </Card>
      </div>
    );
  }

  const labels: Record<Tab, string> = { "sign-in": t("signInTab"), invitation: t("invitationTab") };
  return (
    <div className="mx-auto w-full max-w-md py-6 sm:py-12">
      <Card className="overflow-hidden">
        <div className="p-5 pb-0 sm:p-8 sm:pb-0">
          <h1 className="text-2xl font-bold tracking-tight text-slate-950">{title}</h1>
          <p className="mt-2 text-slate-700">{lead}</p>
        </div>
        <div role="tablist" aria-label={t("tabsLabel")} className="mt-6 flex border-b border-slate-200 px-1 sm:px-4">
          {TABS.map((id) => (
            <button
              key={id}
              ref={(element) => {
                tabRefs.current[id] = element;
              }}
              type="button"
              role="tab"
              id={`portal-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`portal-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => select(id)}
              onKeyDown={onKeyDown}
              className={cn(
                "-mb-px inline-flex min-h-12 flex-1 items-center justify-center border-b-2 px-2 text-center text-sm font-semibold sm:px-3 sm:text-base",
                tab === id ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-950",
                focusRingInset,
              )}
            >
              {labels[id]}
            </button>
          ))}
        </div>
        <div role="tabpanel" id="portal-panel-sign-in" aria-labelledby="portal-tab-sign-in" hidden={tab !== "sign-in"} className="p-5 sm:p-8">
          {signIn}
        </div>
        <div role="tabpanel" id="portal-panel-invitation" aria-labelledby="portal-tab-invitation" hidden={tab !== "invitation"} className="p-5 sm:p-8">
          <AcceptInvitationForm
            initialCode={initialCode}
            autoFocus={initialTab === "invitation"}
            onCheck={onCheckCode}
            onAccepted={(code, invitation) => setAccepted({ code, invitation })}
          />
        </div>
      </Card>
    </div>
  );
}
