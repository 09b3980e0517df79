"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, Field, Input } from "@/components/ui";
import { type InvitationForProfile } from "@/lib/identity";
import { type ActionResult } from "@/lib/result";

/**
 * Create your profile (seed 000): name, phone and password; the email comes from the contact.
 * Submitting redeems the invitation and signs in: the browser lands on the portal.
 */
export function CreateProfileForm({
  code,
  invitation,
  onSubmit,
  onBack,
}: {
  code: string;
  invitation: InvitationForProfile;
  onSubmit: (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
  onBack: () => void;
}) {
  const t = useTranslations("portal.acceptInvitation");
  const tp = useTranslations("auth.passwordPolicy");
  const tc = useTranslations("admin.shared");
  const [result, formAction, pending] = useActionState(onSubmit, null);
  const failure = result && !result.ok ? result : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Controlled, so a refused submission keeps what was typed (React resets uncontrolled fields).
  const [name, setName] = useState(invitation.name);
  const [phone, setPhone] = useState(invitation.phone ?? "");

  // The step replaced the tabs: start reading from its heading.
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div>
      <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-bold tracking-tight text-slate-950 focus:outline-none">
        {t("profileTitle")}
      </h1>
      <p className="mt-2 text-slate-700">{t("profileLead")}</p>
      <dl className="mt-4 rounded-lg bg-slate-50 px-4 py-3">
        <dt className="text-sm font-semibold text-slate-700">{t("email")}</dt>
        <dd className="mt-0.5 font-medium break-all text-slate-950">{invitation.email}</dd>
      </dl>
      {invitation.hasProfile ? <p className="mt-3 text-sm text-slate-700">{t("existingProfile")}</p> : null}

      <form action={formAction} noValidate className="mt-6 space-y-5">
        <input type="hidden" name="code" value={code} />
        <div role="alert" aria-live="assertive" className="empty:hidden">
          {failure ? (
            <p className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">{failure.message}</p>
          ) : null}
        </div>
        <Field label={t("name")} error={failure?.fieldErrors?.name} required>
          <Input name="name" value={name} onChange={(event) => setName(event.target.value)} autoComplete="name" />
        </Field>
        <Field label={t("phone")} hint={t("phoneHint")} error={failure?.fieldErrors?.phone} labelSuffix={tc("optional")}>
          <Input name="phone" type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} autoComplete="tel" />
        </Field>
        {/* For password managers: the account this password belongs to. */}
        <input type="email" name="username" value={invitation.email} autoComplete="username" readOnly hidden />
        <Field label={t("password")} hint={tp("hint")} error={failure?.fieldErrors?.password} required>
          <Input name="password" type="password" autoComplete="new-password" />
        </Field>
        <Field label={t("passwordConfirmation")} error={failure?.fieldErrors?.passwordConfirmation} required>
          <Input name="passwordConfirmation" type="password" autoComplete="new-password" />
        </Field>
        <Button type="submit" fullWidth loading={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <Button variant="ghost" fullWidth onClick={onBack} disabled={pending}>
          {t("back")}
        </Button>
      </form>
    </div>
  );
}
