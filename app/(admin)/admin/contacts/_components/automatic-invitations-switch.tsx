"use client";

import { useTranslations } from "next-intl";
import { useId, useOptimistic, useTransition } from "react";
import { useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { Switch } from "../../settings/notifications/_components/switch";

/** Turns automatic invitations on or off at once; the page refreshes with the saved value. */
export function AutomaticInvitationsSwitch({
  enabled,
  onChange,
}: {
  enabled: boolean;
  onChange: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.contacts.automatic");
  const toast = useToast();
  const labelId = useId();
  const descriptionId = useId();
  const [shown, setShown] = useOptimistic(enabled);
  const [pending, startTransition] = useTransition();

  return (
    <div className="flex items-start justify-between gap-4">
      <div className="min-w-0">
        <p id={labelId} className="font-semibold text-slate-950">
          {t("label")}
        </p>
        <p id={descriptionId} className="mt-1 text-sm text-slate-700">
          {t("description")}
        </p>
      </div>
      <Switch
        checked={shown}
        disabled={pending}
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        onChange={(event) => {
          const next = event.target.checked;
          startTransition(async () => {
            setShown(next);
            const result = await onChange({ enabled: next });
            if (result.ok) toast.show({ title: result.message ?? t("turnedOn"), tone: "success" });
            else toast.show({ title: result.message, tone: "danger" });
          });
        }}
      />
    </div>
  );
}
