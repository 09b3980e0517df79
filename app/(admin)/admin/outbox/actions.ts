"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { retryOutboxEmail } from "@/lib/mail";
import { OutboxEmailIdInput } from "@/lib/mail/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../_lib/action-results";

export async function retryOutboxEmailAction(input: unknown): Promise<ActionResult> {
  const actor = await requirePermission("outbox:retry");
  const parsed = OutboxEmailIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations("admin.outbox.outcomes");
  const result = await retryOutboxEmail(db, { id: parsed.data.id, now: new Date(), actorUserId: actor.userId });
  if (!result.ok) return refusal(result.code, t(result.code));
  revalidatePath("/admin/outbox");
  return { ok: true, value: undefined, message: t("retried") };
}
