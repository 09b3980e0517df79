"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import {
  useCallback,
  useId,
  useState,
  useTransition,
  type ReactNode,
} from "react";
import { Button, Card, Field, Textarea } from "@/components/ui";
import { COMMENTS_MAX_LENGTH } from "@/lib/booking/schemas";
import { SlotPicker, type LoadSlots } from "../../_components/slot-picker";
import { type PickerMonth } from "../../_components/slot-types";
import { formatInZone } from "../../_components/format";
import { ZonedTime } from "../../_components/zoned-time";
import { type bookAction } from "../actions";

export interface BookingProductType {
  id: string;
  name: string;
  services: {
    id: string;
    name: string;
    description: string | null;
    durationMinutes: number;
  }[];
}

type Props = {
  productTypes: BookingProductType[];
  loadSlots: (input: {
    serviceId: string;
    from: string;
    to: string;
    viewerZone?: string;
  }) => ReturnType<LoadSlots>;
  book: typeof bookAction;
};

/** A v4 UUID; `crypto.randomUUID` exists only on https and localhost, getRandomValues everywhere. */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Moves focus to what replaced the control the person just used (the review, a refusal). */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/**
 * Book a new appointment (product.md §2): product type → service → day and time → comments →
 * review with the change policy → Book. One idempotency key per form: a double click books once.
 */
export function BookingForm({ productTypes, loadSlots, book }: Props) {
  const t = useTranslations("portal.booking");
  const locale = useLocale();
  const router = useRouter();
  const baseId = useId();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [productTypeId, setProductTypeId] = useState<string | null>(
    productTypes.length === 1 ? (productTypes[0]?.id ?? null) : null,
  );
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [month, setMonth] = useState<PickerMonth | null>(null);
  const [comments, setComments] = useState("");
  const [step, setStep] = useState<"choose" | "review">("choose");
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<
    Record<string, string | undefined>
  >({});
  const [fresh, setFresh] = useState<PickerMonth | null>(null);
  const [pending, startTransition] = useTransition();

  const productType =
    productTypes.find((type) => type.id === productTypeId) ?? null;
  const service =
    productType?.services.find((candidate) => candidate.id === serviceId) ??
    null;

  const load = useCallback<LoadSlots>(
    (range) => loadSlots({ ...range, serviceId: serviceId ?? "" }),
    [loadSlots, serviceId],
  );

  function onBook() {
    if (!service || !startsAt) return;
    setError(null);
    startTransition(async () => {
      const result = await book({
        serviceId: service.id,
        startsAt,
        comments,
        idempotencyKey,
      });
      if (result.ok) {
        router.push(
          `/portal/appointments/${result.value.appointmentId}?booked=1`,
        );
        return;
      }
      setError(result.message);
      setFieldErrors(
        ("fieldErrors" in result ? result.fieldErrors : undefined) ?? {},
      );
      if (result.code === "slot_taken" && "freshSlots" in result) {
        setFresh(result.freshSlots);
        setStartsAt(null);
        setStep("choose");
      }
    });
  }

  if (productTypes.length === 0)
    return <p className="text-slate-700">{t("noServices")}</p>;

  let review: ReactNode = null;
  if (step === "review" && service && startsAt && month) {
    const instant = new Date(startsAt);
    const deadline = new Date(
      instant.getTime() - month.policy.rescheduleCutoffMinutes * 60_000,
    );
    const cancelDeadline = new Date(
      instant.getTime() - month.policy.cancelCutoffMinutes * 60_000,
    );
    review = (
      <Card
        as="section"
        aria-labelledby={`${baseId}-review`}
        className="space-y-4"
      >
        <h2
          id={`${baseId}-review`}
          ref={focusOnMount}
          tabIndex={-1}
          className="text-lg font-semibold text-slate-950 focus:outline-none"
        >
          {t("review.title")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-700">{t("review.service")}</dt>
          <dd className="text-slate-950">
            {productType?.name} — {service.name} (
            {t("service.duration", { minutes: service.durationMinutes })})
          </dd>
          <dt className="font-medium text-slate-700">{t("review.when")}</dt>
          <dd className="text-slate-950">
            <ZonedTime iso={startsAt} timeZone={month.timeZone} />
          </dd>
          <dt className="font-medium text-slate-700">{t("review.comments")}</dt>
          <dd className="whitespace-pre-wrap text-slate-950">
            {comments.trim() || t("review.noComments")}
          </dd>
        </dl>
        <p
          className="rounded-lg bg-sky-50 p-3 text-sm text-sky-950"
          data-testid="booking-policy"
        >
          {t("review.policy", {
            reschedule: formatInZone(deadline, month.timeZone, locale),
            cancel: formatInZone(cancelDeadline, month.timeZone, locale),
            zone: month.timeZone,
          })}
        </p>
        {error ? (
          <p
            role="alert"
            className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          >
            {error}
          </p>
        ) : null}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button
            variant="secondary"
            onClick={() => setStep("choose")}
            disabled={pending}
          >
            {t("review.back")}
          </Button>
          <Button onClick={onBook} loading={pending} size="lg">
            {t("book")}
          </Button>
        </div>
      </Card>
    );
  }

  // The choices stay mounted (hidden) during review: "just taken" comes back to the same month.
  return (
    <>
      {review}
      <form
        hidden={review !== null}
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          if (service && startsAt && month) {
            setError(null);
            setStep("review");
          }
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-lg font-semibold text-slate-950">
            {t("productType.legend")}
          </legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {productTypes.map((type) => (
              <label
                key={type.id}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="productType"
                  value={type.id}
                  checked={productTypeId === type.id}
                  onChange={() => {
                    setProductTypeId(type.id);
                    setServiceId(null);
                    setStartsAt(null);
                    setFresh(null);
                  }}
                  className="size-5 accent-brand-700"
                />
                <span className="font-medium text-slate-950">{type.name}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {productType ? (
          <fieldset className="space-y-2">
            <legend className="text-lg font-semibold text-slate-950">
              {t("service.legend")}
            </legend>
            <div className="grid gap-2">
              {productType.services.map((candidate) => (
                <label
                  key={candidate.id}
                  className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="service"
                    value={candidate.id}
                    checked={serviceId === candidate.id}
                    onChange={() => {
                      setServiceId(candidate.id);
                      setStartsAt(null);
                      setFresh(null);
                    }}
                    className="mt-0.5 size-5 accent-brand-700"
                  />
                  <span>
                    <span className="block font-medium text-slate-950">
                      {candidate.name}
                    </span>
                    <span className="block text-sm text-slate-700">
                      {t("service.duration", {
                        minutes: candidate.durationMinutes,
                      })}
                      {candidate.description
                        ? ` · ${candidate.description}`
                        : ""}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}

        {service ? (
          <fieldset className="space-y-2">
            <legend className="text-lg font-semibold text-slate-950">
              {t("picker.legend")}
            </legend>
            {error ? (
              <p
                role="alert"
                ref={focusOnMount}
                tabIndex={-1}
                className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 focus:outline-none"
              >
                {error}
              </p>
            ) : null}
            <SlotPicker
              key={service.id}
              load={load}
              value={startsAt}
              fresh={fresh}
              onChange={(slot, pickerMonth) => {
                setStartsAt(slot);
                setMonth(pickerMonth);
              }}
            />
            {fieldErrors.startsAt ? (
              <p className="text-sm text-red-800">{fieldErrors.startsAt}</p>
            ) : null}
          </fieldset>
        ) : null}

        {service ? (
          <Field
            label={t("comments.label")}
            labelSuffix={t("comments.optional")}
            hint={t("comments.hint")}
            error={fieldErrors.comments}
          >
            <Textarea
              name="comments"
              value={comments}
              maxLength={COMMENTS_MAX_LENGTH}
              onChange={(event) => setComments(event.target.value)}
            />
          </Field>
        ) : null}

        {service ? (
          <div className="flex justify-end">
            <Button type="submit" size="lg" disabled={!startsAt}>
              {t("review.continue")}
            </Button>
          </div>
        ) : null}
      </form>
    </>
  );
}
