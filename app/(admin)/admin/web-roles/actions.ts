"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { createWebRole } from "@/lib/identity";
import { CreateWebRoleInput } from "@/lib/identity/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../_lib/action-results";

/** Admin → Web roles → Add web role (admins). */
export async function createWebRoleAction(input: unknown): Promise<ActionResult> {
  const parsed = CreateWebRoleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("web-roles:define");
  const t = await getTranslations("admin.webRoles.outcomes");
  const result = await createWebRole(db, { input: parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  revalidatePath("/admin/web-roles");
  return { ok: true, value: undefined, message: t("created") };
}
