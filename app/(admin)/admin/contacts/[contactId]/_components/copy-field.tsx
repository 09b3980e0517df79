"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button, cn, focusRing } from "@/components/ui";

/**
 * A value staff copy to send by other means (an invitation code, its link): shown read-only,
 * selectable, with a Copy button that says when it worked.
 */
export function CopyField({
  label,
  value,
  monospace = false,
  autoFocus = false,
}: {
  label: string;
  value: string;
  monospace?: boolean;
  autoFocus?: boolean;
}) {
  const t = useTranslations("admin.invitations.copy");
  const inputId = useId();
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // No clipboard access (an insecure origin, a refusal): select it for Ctrl+C instead.
      inputRef.current?.select();
      setState("failed");
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        {/* A textarea, so a long code or link wraps on a phone instead of hiding its end. */}
        <textarea
          id={inputId}
          ref={inputRef}
          readOnly
          rows={1}
          autoFocus={autoFocus}
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className={cn(
            "block min-h-11 w-full min-w-0 resize-none rounded-lg border border-slate-500 bg-slate-50 px-3 py-2 text-base break-all text-slate-950 field-sizing-content",
            monospace && "font-mono",
            focusRing,
          )}
        />
        <Button variant="secondary" onClick={copy} className="shrink-0" aria-label={t("button", { label })}>
          {t("short")}
        </Button>
      </div>
      <p aria-live="polite" className="min-h-5 text-sm text-slate-700">
        {state === "copied" ? t("copied", { label }) : state === "failed" ? t("failed") : ""}
      </p>
    </div>
  );
}
