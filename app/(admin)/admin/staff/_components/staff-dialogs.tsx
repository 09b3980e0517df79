"use client";

import { useTranslations } from "next-intl";
import { useState, type ComponentPropsWithoutRef, type FormEvent } from "react";
import { Field, Input, Select } from "@/components/ui";
import { STAFF_ROLES, type StaffRoleName } from "@/lib/staff/schemas";
import { type ActionResult, type FieldErrors } from "@/lib/result";
import { FormDialog } from "../../_components/form-dialog";
import { type StaffMemberView } from "./types";

/** Submitting state, the form-level message and field messages of one dialog form. */
function useDialogForm() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>, send: () => Promise<ActionResult>) {
    event.preventDefault();
    setSubmitting(true);
    setFormError(null);
    try {
      const result = await send();
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
      }
    } finally {
      setSubmitting(false);
    }
  }
  return { errors, formError, submitting, submit };
}

/** The role picker; Field's id and ARIA attributes pass through to the select. */
function RoleSelect({
  value,
  onChange,
  ...controlProps
}: { value: StaffRoleName; onChange: (role: StaffRoleName) => void } & Omit<ComponentPropsWithoutRef<"select">, "value" | "onChange">) {
  const t = useTranslations("admin.staff");
  return (
    <Select {...controlProps} value={value} onChange={(event) => onChange(event.target.value as StaffRoleName)}>
      {STAFF_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </Select>
  );
}

export type AddStaffMemberValues = { name: string; email: string; role: StaffRoleName; password: string };

export function AddStaffMemberDialog({
  open,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  onSubmit: (values: AddStaffMemberValues) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.staff");
  const [values, setValues] = useState<AddStaffMemberValues>({ name: "", email: "", role: "DISPATCHER", password: "" });
  const form = useDialogForm();
  const set = <K extends keyof AddStaffMemberValues>(key: K, value: AddStaffMemberValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  return (
    <FormDialog
      open={open}
      title={t("addTitle")}
      description={t("addDescription")}
      submitLabel={t("addSubmit")}
      pending={form.submitting}
      formError={form.formError}
      onClose={onClose}
      onSubmit={(event) => form.submit(event, () => onSubmit(values))}
    >
      <Field label={t("fields.name")} error={form.errors.name} required>
        <Input value={values.name} onChange={(event) => set("name", event.target.value)} autoComplete="off" />
      </Field>
      <Field label={t("fields.email")} hint={t("hints.email")} error={form.errors.email} required>
        <Input
          type="email"
          inputMode="email"
          value={values.email}
          onChange={(event) => set("email", event.target.value)}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
        />
      </Field>
      <Field label={t("fields.role")} hint={t(`roleDescriptions.${values.role}`)} error={form.errors.role} required>
        <RoleSelect value={values.role} onChange={(role) => set("role", role)} />
      </Field>
      <Field label={t("fields.initialPassword")} hint={t("hints.initialPassword")} error={form.errors.password} required>
        <Input type="password" value={values.password} onChange={(event) => set("password", event.target.value)} autoComplete="new-password" />
      </Field>
    </FormDialog>
  );
}

export function ChangeRoleDialog({
  member,
  onClose,
  onSubmit,
}: {
  member: StaffMemberView | null;
  onClose: () => void;
  onSubmit: (member: StaffMemberView, role: StaffRoleName) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.staff");
  const [role, setRole] = useState<StaffRoleName>(member?.role ?? "DISPATCHER");
  const form = useDialogForm();
  return (
    <FormDialog
      open={member !== null}
      title={t("roleTitle", { name: member?.name ?? "" })}
      description={t("roleDescription")}
      submitLabel={t("roleSubmit")}
      pending={form.submitting}
      formError={form.formError}
      onClose={onClose}
      onSubmit={(event) => member && form.submit(event, () => onSubmit(member, role))}
    >
      <Field label={t("fields.role")} hint={t(`roleDescriptions.${role}`)} error={form.errors.role} required>
        <RoleSelect value={role} onChange={setRole} />
      </Field>
    </FormDialog>
  );
}

export function ResetPasswordDialog({
  member,
  onClose,
  onSubmit,
}: {
  member: StaffMemberView | null;
  onClose: () => void;
  onSubmit: (member: StaffMemberView, password: string) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.staff");
  const [password, setPassword] = useState("");
  const form = useDialogForm();
  return (
    <FormDialog
      open={member !== null}
      title={t("passwordTitle", { name: member?.name ?? "" })}
      description={t("passwordDescription")}
      submitLabel={t("passwordSubmit")}
      pending={form.submitting}
      formError={form.formError}
      onClose={onClose}
      onSubmit={(event) => member && form.submit(event, () => onSubmit(member, password))}
    >
      <Field label={t("fields.newPassword")} hint={t("hints.newPassword")} error={form.errors.password} required>
        <Input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="new-password" />
      </Field>
    </FormDialog>
  );
}
