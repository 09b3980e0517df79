"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { updatePortalSettings } from "@/lib/settings";
import { PortalSettingsInput } from "@/lib/settings/schemas";
import { invalidInput, refusal } from "../../_lib/action-results";

/** Admin → Settings → Portal → Save. */
export async function updatePortalSettingsAction(input: unknown): Promise<ActionResult> {
  const parsed = PortalSettingsInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("portal-settings:manage");
  const t = await getTranslations("admin.portalSettings.outcomes");
  const result = await updatePortalSettings(db, { input: parsed.data, by, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  revalidatePath("/admin/settings/portal");
  return { ok: true, value: undefined, message: t("saved") };
}
