"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button, Card, Field, Input, Select, useToast } from "@/components/ui";
import { NEW_ACCOUNT } from "@/lib/identity/schemas";
import { type ActionResult, type FieldErrors } from "@/lib/result";

export type ContactFormValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  customerAccountId: string;
  newAccountName: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  latitude: string;
  longitude: string;
  timeZone: string;
};

/** New contact starts empty, in the company's zone; Edit contact starts from the stored contact. */
export type ContactFormMode =
  | { kind: "create"; defaultTimeZone: string }
  | { kind: "edit"; contactId: string; values: ContactFormValues; hasPortalProfile: boolean };

/** New contact and Edit contact: the person, their account and the service address. */
export function ContactForm({
  mode,
  accounts,
  timeZones,
  onSubmit,
}: {
  mode: ContactFormMode;
  accounts: { id: string; name: string }[];
  timeZones: string[];
  onSubmit: (input: unknown) => Promise<ActionResult<{ contactId: string }>>;
}) {
  const t = useTranslations("admin.contacts.form");
  const tc = useTranslations("admin.shared");
  const router = useRouter();
  const toast = useToast();
  const alertRef = useRef<HTMLParagraphElement>(null);
  const editing = mode.kind === "edit";
  // A portal user's sign-in email comes from the contact (product.md §1): it cannot go.
  const emailIsSignIn = mode.kind === "edit" && mode.hasPortalProfile;
  // A refused submission keeps what was typed: the values live here, not in the DOM.
  const [values, setValues] = useState<ContactFormValues>(() => (editing ? mode.values : emptyValues(mode.defaultTimeZone)));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = (key: keyof ContactFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setFormError(null);
    try {
      const result = await onSubmit(editing ? { contactId: mode.contactId, ...values } : values);
      if (result.ok) {
        toast.show({ title: result.message ?? tc("saved"), tone: "success" });
        router.push(`/admin/contacts/${result.value.contactId}`);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.message);
      alertRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="max-w-3xl space-y-6">
      {formError ? (
        <p ref={alertRef} tabIndex={-1} role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
          {formError}
        </p>
      ) : null}

      <FormSection title={t("personTitle")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("firstName")} error={errors.firstName} required>
            <Input value={values.firstName} onChange={set("firstName")} autoComplete="off" autoFocus={!editing} />
          </Field>
          <Field label={t("lastName")} error={errors.lastName} required>
            <Input value={values.lastName} onChange={set("lastName")} autoComplete="off" />
          </Field>
        </div>
        <Field
          label={t("email")}
          hint={emailIsSignIn ? t("emailSignInHint") : t("emailHint")}
          error={errors.email}
          required={emailIsSignIn}
          labelSuffix={emailIsSignIn ? undefined : tc("optional")}
        >
          <Input type="email" inputMode="email" value={values.email} onChange={set("email")} autoComplete="off" spellCheck={false} />
        </Field>
        <Field label={t("phone")} error={errors.phone} labelSuffix={tc("optional")}>
          <Input type="tel" value={values.phone} onChange={set("phone")} autoComplete="off" />
        </Field>
      </FormSection>

      <FormSection title={t("accountTitle")}>
        <Field label={t("account")} hint={t("accountHint")} error={errors.customerAccountId}>
          <Select value={values.customerAccountId} onChange={set("customerAccountId")}>
            <option value="">{t("noAccount")}</option>
            <option value={NEW_ACCOUNT}>{t("newAccount")}</option>
            {accounts.length > 0 ? (
              <optgroup label={t("existingAccounts")}>
                {accounts.map((account) => (
                  <option key={account.id} value={account.id}>
                    {account.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </Select>
        </Field>
        {values.customerAccountId === NEW_ACCOUNT ? (
          <Field label={t("newAccountName")} error={errors.newAccountName} required>
            <Input value={values.newAccountName} onChange={set("newAccountName")} autoComplete="off" />
          </Field>
        ) : null}
      </FormSection>

      <FormSection title={t("addressTitle")} description={t("addressDescription")}>
        <Field label={t("street")} error={errors.street} labelSuffix={tc("optional")}>
          <Input value={values.street} onChange={set("street")} autoComplete="off" />
        </Field>
        <div className="grid gap-4 sm:grid-cols-[13rem_minmax(0,1fr)]">
          <Field label={t("postalCode")} error={errors.postalCode} labelSuffix={tc("optional")}>
            <Input value={values.postalCode} onChange={set("postalCode")} autoComplete="off" />
          </Field>
          <Field label={t("city")} error={errors.city} labelSuffix={tc("optional")}>
            <Input value={values.city} onChange={set("city")} autoComplete="off" />
          </Field>
        </div>
        <Field label={t("country")} hint={t("countryHint")} error={errors.country} labelSuffix={tc("optional")} className="sm:max-w-52">
          <Input value={values.country} onChange={set("country")} autoComplete="off" maxLength={2} autoCapitalize="characters" spellCheck={false} />
        </Field>
        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-900">
            {t("positionTitle")} <span className="font-normal text-slate-600">{tc("optional")}</span>
          </legend>
          <p className="text-sm text-slate-600">{t("positionHint")}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("latitude")} error={errors.latitude}>
              <Input inputMode="decimal" value={values.latitude} onChange={set("latitude")} autoComplete="off" placeholder="48.8566" />
            </Field>
            <Field label={t("longitude")} error={errors.longitude}>
              <Input inputMode="decimal" value={values.longitude} onChange={set("longitude")} autoComplete="off" placeholder="2.3522" />
            </Field>
          </div>
        </fieldset>
        <Field label={t("timeZone")} hint={t("timeZoneHint")} error={errors.timeZone}>
          <Select value={values.timeZone} onChange={set("timeZone")}>
            <option value="">{t("noTimeZone")}</option>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
      </FormSection>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button href={editing ? `/admin/contacts/${mode.contactId}` : "/admin/contacts"} variant="secondary">
          {tc("cancel")}
        </Button>
        <Button type="submit" loading={submitting}>
          {submitting ? tc("saving") : editing ? t("save") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

function emptyValues(timeZone: string): ContactFormValues {
  return {
    firstName: "",
    lastName: "",
    email: "",
    phone: "",
    customerAccountId: "",
    newAccountName: "",
    street: "",
    postalCode: "",
    city: "",
    country: "FR",
    latitude: "",
    longitude: "",
    timeZone,
  };
}

function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card className="p-4 sm:p-6">
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-950">{title}</legend>
        {description ? <p className="-mt-2 text-sm text-slate-700">{description}</p> : null}
        {children}
      </fieldset>
    </Card>
  );
}
