"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth";
import {
  createProductType,
  createService,
  createSkill,
  setProductTypeActive,
  setServiceActive,
  updateProductType,
  updateService,
} from "@/lib/catalogue";
import {
  ProductTypeInput,
  ServiceInput,
  SetProductTypeActiveInput,
  SetServiceActiveInput,
  SkillInput,
  UpdateProductTypeInput,
  UpdateServiceInput,
} from "@/lib/catalogue/schemas";
import { db } from "@/lib/db";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../_lib/action-results";

type Outcome = { ok: true } | { ok: false; code: "forbidden" | "not_found" | "name_taken"; fieldErrors?: Partial<Record<string, string>> };

async function answer(result: Outcome, success: "productTypeSaved" | "serviceSaved" | "skillSaved" | "activated" | "deactivated"): Promise<ActionResult> {
  const t = await getTranslations("admin.catalogue.outcomes");
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  revalidatePath("/admin/catalogue");
  return { ok: true, value: undefined, message: t(success) };
}

/** Admin → Catalogue → Add product type. */
export async function createProductTypeAction(input: unknown): Promise<ActionResult> {
  const parsed = ProductTypeInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await createProductType(db, { input: parsed.data, by, now: new Date() }), "productTypeSaved");
}

export async function updateProductTypeAction(input: unknown): Promise<ActionResult> {
  const parsed = UpdateProductTypeInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await updateProductType(db, { input: parsed.data, by, now: new Date() }), "productTypeSaved");
}

export async function setProductTypeActiveAction(input: unknown): Promise<ActionResult> {
  const parsed = SetProductTypeActiveInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await setProductTypeActive(db, { input: parsed.data, by, now: new Date() }), parsed.data.active ? "activated" : "deactivated");
}

/** Admin → Catalogue → Add skill. */
export async function createSkillAction(input: unknown): Promise<ActionResult> {
  const parsed = SkillInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await createSkill(db, { input: parsed.data, by, now: new Date() }), "skillSaved");
}

/** Admin → Catalogue → Add service. */
export async function createServiceAction(input: unknown): Promise<ActionResult> {
  const parsed = ServiceInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await createService(db, { input: parsed.data, by, now: new Date() }), "serviceSaved");
}

export async function updateServiceAction(input: unknown): Promise<ActionResult> {
  const parsed = UpdateServiceInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await updateService(db, { input: parsed.data, by, now: new Date() }), "serviceSaved");
}

export async function setServiceActiveAction(input: unknown): Promise<ActionResult> {
  const parsed = SetServiceActiveInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const by = await requirePermission("catalogue:manage");
  return answer(await setServiceActive(db, { input: parsed.data, by, now: new Date() }), parsed.data.active ? "activated" : "deactivated");
}
