"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

/** Puts one failed email back in line; the row shows Queued once the page refreshes. */
export function RetryButton({
  outboxEmailId,
  describedBy,
  onRetry,
}: {
  outboxEmailId: string;
  /** The id of the row's subject, so "Retry" is announced with what it retries. */
  describedBy: string;
  onRetry: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.outbox");
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      loading={pending}
      aria-describedby={describedBy}
      onClick={() =>
        startTransition(async () => {
          const result = await onRetry({ id: outboxEmailId });
          if (result.ok) toast.show({ title: result.message ?? t("outcomes.retried"), tone: "success" });
          else toast.show({ title: t("retryFailed"), description: result.message, tone: "danger" });
        })
      }
    >
      {pending ? t("retrying") : t("retry")}
    </Button>
  );
}
