"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import { addTimeOff, createTechnician, removeTimeOff, setWorkingHours, updateTechnician } from "@/lib/catalogue";
import {
  AddTimeOffInput,
  CreateTechnicianInput,
  RemoveTimeOffInput,
  SetWorkingHoursInput,
  UpdateTechnicianInput,
} from "@/lib/catalogue/schemas";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../../_lib/action-results";

type Refusal = { ok: false; code: "forbidden" | "not_found" | "already_technician" | "invalid_range"; fieldErrors?: Partial<Record<string, string>> };
type Success = "technicianSaved" | "hoursSaved" | "timeOffAdded" | "timeOffRemoved";

async function refused(result: Refusal): Promise<ActionResult<never>> {
  const t = await getTranslations("admin.catalogue.outcomes");
  return refusal(result.code, t(result.code), result.fieldErrors);
}

async function succeeded<T>(value: T, success: Success, technicianId?: string): Promise<ActionResult<T>> {
  const t = await getTranslations("admin.catalogue.outcomes");
  revalidatePath("/admin/catalogue/technicians");
  if (technicianId) revalidatePath(`/admin/catalogue/technicians/${technicianId}`);
  return { ok: true, value, message: t(success) };
}

/** Admin → Catalogue → Technicians → Add technician (a staff member with the technician role). */
export async function createTechnicianAction(input: unknown): Promise<ActionResult<{ technicianId: string }>> {
  const parsed = CreateTechnicianInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  const result = await createTechnician(db, { input: parsed.data, by, now: new Date() });
  return result.ok ? succeeded(result.value, "technicianSaved") : refused(result);
}

export async function updateTechnicianAction(input: unknown): Promise<ActionResult> {
  const parsed = UpdateTechnicianInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  const result = await updateTechnician(db, { input: parsed.data, by, now: new Date() });
  return result.ok ? succeeded(undefined, "technicianSaved", parsed.data.technicianId) : refused(result);
}

/** The weekly hours editor: the whole week at once. */
export async function setWorkingHoursAction(input: unknown): Promise<ActionResult> {
  const parsed = SetWorkingHoursInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  const result = await setWorkingHours(db, { input: parsed.data, by, now: new Date() });
  return result.ok ? succeeded(undefined, "hoursSaved", parsed.data.technicianId) : refused(result);
}

export async function addTimeOffAction(input: unknown): Promise<ActionResult> {
  const parsed = AddTimeOffInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  const result = await addTimeOff(db, { input: parsed.data, by, now: new Date() });
  return result.ok ? succeeded(undefined, "timeOffAdded", parsed.data.technicianId) : refused(result);
}

export async function removeTimeOffAction(input: unknown): Promise<ActionResult> {
  const parsed = RemoveTimeOffInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  const result = await removeTimeOff(db, { input: parsed.data, by, now: new Date() });
  return result.ok ? succeeded(undefined, "timeOffRemoved", result.value.technicianId) : refused(result);
}
