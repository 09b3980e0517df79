"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicOrigin, requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import { createContact, setAutomaticInvitations } from "@/lib/identity";
import { CreateContactInput, SetAutomaticInvitationsInput } from "@/lib/identity/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../_lib/action-results";

/** Admin → Contacts → New contact. */
export async function createContactAction(input: unknown): Promise<ActionResult<{ contactId: string }>> {
  const parsed = CreateContactInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("contacts:manage");
  const t = await getTranslations("admin.contacts.outcomes");
  const result = await createContact(db, { input: parsed.data, by: actor, now: new Date(), portalOrigin: publicOrigin(await headers()) });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  revalidatePath("/admin/contacts");
  return {
    ok: true,
    value: { contactId: result.value.contactId },
    message: result.value.automaticInvitationSent ? t("createdAndInvited") : t("created"),
  };
}

/** The automatic-invitation switch on Admin → Contacts (a portal setting: admins only). */
export async function setAutomaticInvitationsAction(input: unknown): Promise<ActionResult> {
  const parsed = SetAutomaticInvitationsInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("settings:manage");
  const t = await getTranslations("admin.contacts.automatic");
  const result = await setAutomaticInvitations(db, { enabled: parsed.data.enabled, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t("forbidden"));
  revalidatePath("/admin/contacts");
  return { ok: true, value: undefined, message: parsed.data.enabled ? t("turnedOn") : t("turnedOff") };
}
