"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicOrigin, requirePermission } from "@/lib/auth";
import { db } from "@/lib/db";
import {
  assignWebRole,
  createInvitation,
  deleteContact,
  removeWebRole,
  revealInvitationCode,
  revokeInvitation,
  updateContact,
  type InvitationEmailOutcome,
} from "@/lib/identity";
import {
  ContactIdInput,
  ContactInvitationInput,
  ContactWebRoleInput,
  CreateInvitationInput,
  UpdateContactInput,
} from "@/lib/identity/schemas";
import { type ActionResult } from "@/lib/result";
import { invalidInput, refusal } from "../../_lib/action-results";

const contactPath = (contactId: string) => `/admin/contacts/${contactId}`;

function refresh(contactId: string) {
  revalidatePath(contactPath(contactId));
  revalidatePath("/admin/contacts");
}

/** Contact → Create invitation: the code is shown once here, then only through Advanced. */
export async function createInvitationAction(
  input: unknown,
): Promise<ActionResult<{ code: string; link: string; email: InvitationEmailOutcome }>> {
  const parsed = CreateInvitationInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("invitations:manage");
  const t = await getTranslations("admin.invitations.outcomes");
  const result = await createInvitation(db, { input: parsed.data, by: actor, now: new Date(), portalOrigin: publicOrigin(await headers()) });
  if (!result.ok) return refusal(result.code, t(result.code));
  refresh(parsed.data.contactId);
  const { code, link, email } = result.value;
  return { ok: true, value: { code, link, email }, message: t(`created.${email}`) };
}

export async function revokeInvitationAction(input: unknown): Promise<ActionResult> {
  const parsed = ContactInvitationInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("invitations:manage");
  const t = await getTranslations("admin.invitations.outcomes");
  const result = await revokeInvitation(db, { ...parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refresh(parsed.data.contactId);
  return { ok: true, value: undefined, message: t("revoked") };
}

/** Advanced: a pending invitation's code and portal link (audited). */
export async function revealInvitationCodeAction(input: unknown): Promise<ActionResult<{ code: string; link: string }>> {
  const parsed = ContactInvitationInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("invitations:manage");
  const t = await getTranslations("admin.invitations.outcomes");
  const result = await revealInvitationCode(db, { ...parsed.data, by: actor, now: new Date(), portalOrigin: publicOrigin(await headers()) });
  if (!result.ok) return refusal(result.code, t(result.code));
  return { ok: true, value: result.value };
}

/** Related → Web roles → Add existing web role. */
export async function assignWebRoleAction(input: unknown): Promise<ActionResult> {
  const parsed = ContactWebRoleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("web-roles:manage");
  const t = await getTranslations("admin.webRoles.outcomes");
  const result = await assignWebRole(db, { ...parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refresh(parsed.data.contactId);
  return { ok: true, value: undefined, message: t("assigned") };
}

export async function removeWebRoleAction(input: unknown): Promise<ActionResult> {
  const parsed = ContactWebRoleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("web-roles:manage");
  const t = await getTranslations("admin.webRoles.outcomes");
  const result = await removeWebRole(db, { ...parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  refresh(parsed.data.contactId);
  return { ok: true, value: undefined, message: t("removed") };
}

/** Contact → Edit contact. A new email sends no invitation (lib/identity/update-contact.ts). */
export async function updateContactAction(input: unknown): Promise<ActionResult<{ contactId: string }>> {
  const parsed = UpdateContactInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("contacts:manage");
  const t = await getTranslations("admin.contacts.outcomes");
  const result = await updateContact(db, { input: parsed.data, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code), result.fieldErrors);
  refresh(parsed.data.contactId);
  return { ok: true, value: { contactId: parsed.data.contactId }, message: t("updated") };
}

export async function deleteContactAction(input: unknown): Promise<ActionResult> {
  const parsed = ContactIdInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const actor = await requirePermission("contacts:manage");
  const t = await getTranslations("admin.contacts.outcomes");
  const result = await deleteContact(db, { contactId: parsed.data.contactId, by: actor, now: new Date() });
  if (!result.ok) return refusal(result.code, t(result.code));
  revalidatePath("/admin/contacts");
  return { ok: true, value: undefined, message: t("deleted") };
}
