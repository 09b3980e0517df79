"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field, Input, Select } from "@/components/ui";
import { type FieldErrors } from "@/lib/result";
import { FormAlert } from "../../../_components/form-alert";
import { SkillCheckboxes } from "../../_components/skill-checkboxes";

export type TechnicianFormValues = {
  displayName: string;
  homeStreet: string;
  homePostalCode: string;
  homeCity: string;
  homeCountry: string;
  homeLatitude: string;
  homeLongitude: string;
  timeZone: string;
  color: string;
  active: boolean;
  skillIds: string[];
};

export const EMPTY_TECHNICIAN: TechnicianFormValues = {
  displayName: "",
  homeStreet: "",
  homePostalCode: "",
  homeCity: "",
  homeCountry: "",
  homeLatitude: "",
  homeLongitude: "",
  timeZone: "",
  color: "#2563eb",
  active: true,
  skillIds: [],
};

/**
 * A technician's details, home base (address and coordinates: the day's first trip starts
 * there) and skills. The parent owns submitting; `users` is shown when creating.
 */
export function TechnicianForm({
  id,
  initial,
  skills,
  timeZones,
  users,
  errors,
  formError,
  onSubmit,
}: {
  id: string;
  initial: TechnicianFormValues;
  skills: { id: string; name: string }[];
  timeZones: string[];
  users?: { id: string; label: string }[];
  errors: FieldErrors;
  formError: string | null;
  onSubmit: (values: TechnicianFormValues & { userId?: string }) => void;
}) {
  const t = useTranslations("admin.catalogue");
  const [values, setValues] = useState(initial);
  const [userId, setUserId] = useState("");
  const set = <K extends keyof TechnicianFormValues>(key: K) => (value: TechnicianFormValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const text = (key: "displayName" | "homeStreet" | "homePostalCode" | "homeCity" | "homeCountry" | "homeLatitude" | "homeLongitude") => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => set(key)(event.target.value),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(users ? { ...values, userId } : values);
  }

  return (
    <form id={id} onSubmit={handleSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      {users ? (
        <Field label={t("fields.staffMember")} hint={t("fields.staffMemberHint")} error={errors.userId} required>
          <Select value={userId} onChange={(event) => setUserId(event.target.value)}>
            <option value="">{t("fields.chooseStaffMember")}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t("fields.displayName")} error={errors.displayName} required>
        <Input {...text("displayName")} autoComplete="off" />
      </Field>
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">{t("fields.homeBase")}</legend>
        <Field label={t("fields.street")} error={errors.homeStreet} required>
          <Input {...text("homeStreet")} autoComplete="off" />
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t("fields.postalCode")} error={errors.homePostalCode} required>
            <Input {...text("homePostalCode")} autoComplete="off" />
          </Field>
          <Field label={t("fields.city")} error={errors.homeCity} required>
            <Input {...text("homeCity")} autoComplete="off" />
          </Field>
          <Field label={t("fields.country")} error={errors.homeCountry} required>
            <Input {...text("homeCountry")} autoComplete="off" />
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("fields.latitude")} hint={t("fields.latitudeHint")} error={errors.homeLatitude} required>
            <Input {...text("homeLatitude")} inputMode="decimal" autoComplete="off" />
          </Field>
          <Field label={t("fields.longitude")} hint={t("fields.longitudeHint")} error={errors.homeLongitude} required>
            <Input {...text("homeLongitude")} inputMode="decimal" autoComplete="off" />
          </Field>
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.timeZone")} hint={t("fields.timeZoneHint")} error={errors.timeZone} required>
          <Select value={values.timeZone} onChange={(event) => set("timeZone")(event.target.value)}>
            <option value="">{t("fields.chooseTimeZone")}</option>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.color")} hint={t("fields.colorHint")} error={errors.color} required>
          <Input type="color" value={values.color} onChange={(event) => set("color")(event.target.value)} className="h-11 w-24 p-1" />
        </Field>
      </div>
      <label className="flex min-h-11 items-center gap-3 text-sm font-medium text-slate-900">
        <input type="checkbox" className="size-5 accent-brand-700" checked={values.active} onChange={(event) => set("active")(event.target.checked)} />
        {t("fields.technicianActive")}
      </label>
      <SkillCheckboxes
        legend={t("fields.skills")}
        emptyText={t("skills.noneYet")}
        skills={skills}
        selected={values.skillIds}
        onChange={set("skillIds")}
        error={errors.skillIds}
      />
    </form>
  );
}
