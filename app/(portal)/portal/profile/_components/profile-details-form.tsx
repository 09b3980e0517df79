"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useFormAction } from "@/components/account/use-form-action";
import { Button, Field, Input, Select, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export type ProfileDetails = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  locale: string;
};

/** The customer's name, phone and language; the email is shown, changed only by the company. */
export function ProfileDetailsForm({
  action,
  details,
  languages,
  company,
}: {
  action: Action;
  details: ProfileDetails;
  languages: { locale: string; label: string }[];
  company: string;
}) {
  const t = useTranslations("account.details");
  const toast = useToast();
  const [result, onSubmit, pending] = useFormAction(action);
  const failure = result && !result.ok ? result : null;

  useEffect(() => {
    if (result?.ok) toast.show({ title: result.message ?? t("saved"), tone: "success" });
    // One toast per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      <div role="alert" aria-live="assertive" className="empty:hidden">
        {failure && !failure.fieldErrors ? (
          <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{failure.message}</p>
        ) : null}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("firstName")} error={failure?.fieldErrors?.firstName} required>
          <Input name="firstName" autoComplete="given-name" defaultValue={details.firstName} maxLength={100} />
        </Field>
        <Field label={t("lastName")} error={failure?.fieldErrors?.lastName} required>
          <Input name="lastName" autoComplete="family-name" defaultValue={details.lastName} maxLength={100} />
        </Field>
      </div>
      <Field label={t("email")} hint={t("emailHint", { company })}>
        <Input name="email" type="email" value={details.email} readOnly className="bg-slate-50" />
      </Field>
      <Field label={t("phone")} labelSuffix={t("optional")} hint={t("phoneHint")} error={failure?.fieldErrors?.phone}>
        <Input name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={details.phone ?? ""} maxLength={40} />
      </Field>
      <Field label={t("language")} hint={t("languageHint")} error={failure?.fieldErrors?.locale}>
        <Select name="locale" defaultValue={details.locale}>
          {languages.map((language) => (
            <option key={language.locale} value={language.locale} lang={language.locale}>
              {language.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" loading={pending} className="w-full sm:w-auto">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
