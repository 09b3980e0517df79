"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { changeStaffRole, createStaffMember, disableStaffMember, enableStaffMember, resetStaffPassword } from "@/lib/staff";
import { ChangeStaffRoleInput, CreateStaffMemberInput, ResetStaffPasswordInput, StaffMemberIdInput } from "@/lib/staff/schemas";
import { invalidInput, refusal } from "../_lib/action-results";

const STAFF_PATH = "/admin/staff";

function refreshStaffPages() {
  revalidatePath(STAFF_PATH);
  revalidatePath("/admin/audit-log");
}

export async function createStaffMemberAction(input: unknown): Promise<ActionResult> {
  const parsed = CreateStaffMemberInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admin = await requirePermission("staff:manage");
  const t = await getTranslations("admin.staff.outcomes");
  const result = await createStaffMember(db, { input: parsed.data, by: admin, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  refreshStaffPages();
  return { ok: true, value: undefined, message: t("created", { name: parsed.data.name }) };
}

export async function changeStaffRoleAction(input: unknown): Promise<ActionResult> {
  const parsed = ChangeStaffRoleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admin = await requirePermission("staff:manage");
  const [t, tRoles] = await Promise.all([getTranslations("admin.staff.outcomes"), getTranslations("admin.staff.roles")]);
  const result = await changeStaffRole(db, { input: parsed.data, by: admin, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refreshStaffPages();
  const { changed, name } = result.value;
  return {
    ok: true,
    value: undefined,
    message: changed ? t("roleChanged", { name, role: tRoles(parsed.data.role) }) : t("roleUnchanged", { name }),
  };
}

export async function disableStaffMemberAction(input: unknown): Promise<ActionResult> {
  const parsed = StaffMemberIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admin = await requirePermission("staff:manage");
  const t = await getTranslations("admin.staff.outcomes");
  const result = await disableStaffMember(db, { input: parsed.data, by: admin, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refreshStaffPages();
  const { changed, name } = result.value;
  return { ok: true, value: undefined, message: changed ? t("disabled", { name }) : t("alreadyDisabled", { name }) };
}

export async function enableStaffMemberAction(input: unknown): Promise<ActionResult> {
  const parsed = StaffMemberIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admin = await requirePermission("staff:manage");
  const t = await getTranslations("admin.staff.outcomes");
  const result = await enableStaffMember(db, { input: parsed.data, by: admin, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refreshStaffPages();
  const { changed, name } = result.value;
  return { ok: true, value: undefined, message: changed ? t("enabled", { name }) : t("alreadyEnabled", { name }) };
}

export async function resetStaffPasswordAction(input: unknown): Promise<ActionResult> {
  const parsed = ResetStaffPasswordInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const admin = await requirePermission("staff:manage");
  const t = await getTranslations("admin.staff.outcomes");
  const result = await resetStaffPassword(db, { input: parsed.data, by: admin, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  refreshStaffPages();
  return { ok: true, value: undefined, message: t("passwordReset", { name: result.value.name }) };
}
