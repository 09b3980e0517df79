"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type FormEvent } from "react";
import { KeyIcon } from "@/components/icons";
import { Button, ConfirmDialog, Dialog, EmptyState, Field, Select, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

type AssignedRole = { id: string; name: string; description: string | null; grants: string; assignedLabel: string };

/** Related → Web roles on a contact (seed 000): the roles, Add existing web role, Remove. */
export function WebRolesSection({
  contactId,
  contactName,
  roles,
  available,
  missingPortalRole,
  mayManage,
  onAssign,
  onRemove,
}: {
  contactId: string;
  contactName: string;
  roles: AssignedRole[];
  available: { id: string; name: string }[];
  /** The contact has a portal profile but not Authenticated users: it cannot use the portal. */
  missingPortalRole: boolean;
  mayManage: boolean;
  onAssign: (input: unknown) => Promise<ActionResult>;
  onRemove: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.webRoles");
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const formId = useId();
  const [adding, setAdding] = useState(false);
  const [selected, setSelected] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<AssignedRole | null>(null);
  const [pending, startTransition] = useTransition();

  function openAdd() {
    setSelected(available[0]?.id ?? "");
    setAddError(null);
    setAdding(true);
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const result = await onAssign({ contactId, webRoleId: selected });
      if (result.ok) {
        setAdding(false);
        toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      } else setAddError(result.fieldErrors?.webRoleId ?? result.message);
    });
  }

  function remove(role: AssignedRole) {
    startTransition(async () => {
      const result = await onRemove({ contactId, webRoleId: role.id });
      setRemoving(null);
      if (result.ok) toast.show({ title: result.message ?? tc("saved"), tone: "success" });
      else toast.show({ title: t("removeFailed", { role: role.name }), description: result.message, tone: "danger" });
    });
  }

  return (
    <section aria-labelledby="contact-web-roles" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h3 id="contact-web-roles" className="text-lg font-semibold text-slate-950">
            {t("title")}
          </h3>
          <p className="mt-1 max-w-prose text-sm text-slate-700">{t("contactDescription")}</p>
        </div>
        {mayManage && available.length > 0 ? (
          <Button variant="secondary" onClick={openAdd}>
            {t("addExisting")}
          </Button>
        ) : null}
      </div>

      {missingPortalRole ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium text-amber-950">{t("missingPortalRole")}</p>
      ) : null}

      {roles.length === 0 ? (
        <EmptyState icon={<KeyIcon />} titleAs="h4" title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {roles.map((role) => (
            <li key={role.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold text-slate-950">{role.name}</p>
                {role.description ? <p className="text-sm text-slate-700">{role.description}</p> : null}
                <p className="text-sm text-slate-600">{role.assignedLabel}</p>
              </div>
              {mayManage ? (
                <Button size="sm" variant="secondary" onClick={() => setRemoving(role)} aria-label={t("removeLabel", { role: role.name })}>
                  {t("remove")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <Dialog
        open={adding}
        onClose={() => setAdding(false)}
        title={t("addTitle", { name: contactName })}
        description={t("addDescription")}
        closeLabel={tc("close")}
        footer={
          <>
            <Button variant="secondary" onClick={() => setAdding(false)} disabled={pending}>
              {tc("cancel")}
            </Button>
            <Button type="submit" form={formId} loading={pending}>
              {t("addSubmit")}
            </Button>
          </>
        }
      >
        <form id={formId} onSubmit={add} noValidate>
          <Field label={t("role")} error={addError ?? undefined} required>
            <Select value={selected} onChange={(event) => setSelected(event.target.value)}>
              {available.map((role) => (
                <option key={role.id} value={role.id}>
                  {role.name}
                </option>
              ))}
            </Select>
          </Field>
        </form>
      </Dialog>

      <ConfirmDialog
        open={removing !== null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove(removing)}
        pending={pending}
        title={t("removeTitle", { role: removing?.name ?? "", name: contactName })}
        description={t("removeDescription")}
        confirmLabel={t("removeConfirm")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
      />
    </section>
  );
}
