/**
 * Inputs of the catalogue forms and actions (product.md §4, issue 6 part 1): product types,
 * services, skills, technicians, weekly working hours, time off. Isomorphic: the forms and the
 * server share them. Messages are next-intl keys; values are normalised here (trimmed, empty
 * text → null, numbers coerced from form strings).
 */
import { z } from "zod";
import { isKnownTimeZone } from "@/lib/scheduling";

const E = "admin.catalogue.errors";

const requiredName = z.string().trim().min(1, `${E}.nameRequired`).max(100, `${E}.nameTooLong`);

/** Trimmed text; empty means "none" (null). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${E}.textTooLong`)
    .optional()
    .nullable()
    .transform((value) => (value ? value : null));

/** A whole number typed in a form (string) or sent as a number. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.coerce.number(message).int(message).min(min, message).max(max, message);

/** An IANA zone name ("Europe/Paris"); Intl also knows offsets ("+02:00"), which are refused. */
export function isNamedTimeZone(value: string): boolean {
  return /^[A-Za-z]/.test(value) && isKnownTimeZone(value);
}

const id = (message = `${E}.notFound`) => z.uuid(message);

// ── Product types ───────────────────────────────────────────────────────────────────────

export const ProductTypeInput = z.object({ name: requiredName, description: optionalText(500) });
export type ProductTypeInput = z.infer<typeof ProductTypeInput>;

export const UpdateProductTypeInput = ProductTypeInput.extend({ productTypeId: id() });
export type UpdateProductTypeInput = z.infer<typeof UpdateProductTypeInput>;

export const SetProductTypeActiveInput = z.object({ productTypeId: id(), active: z.boolean() });
export type SetProductTypeActiveInput = z.infer<typeof SetProductTypeActiveInput>;

// ── Skills ──────────────────────────────────────────────────────────────────────────────

export const SkillInput = z.object({ name: requiredName });
export type SkillInput = z.infer<typeof SkillInput>;

// ── Services ────────────────────────────────────────────────────────────────────────────

/** Skill ids, each once. */
const skillIds = z.array(id(`${E}.skillUnknown`)).max(50).transform((ids) => [...new Set(ids)]);

export const ServiceInput = z.object({
  productTypeId: id(`${E}.productTypeRequired`),
  name: requiredName,
  description: optionalText(1000),
  durationMinutes: wholeNumber(5, 24 * 60, `${E}.durationInvalid`),
  bufferAfterMinutes: wholeNumber(0, 8 * 60, `${E}.bufferInvalid`),
  /** In Settings.currencyCode; null when priced on site. */
  priceCents: z
    .union([z.literal(""), z.null(), z.coerce.number(`${E}.priceInvalid`).int(`${E}.priceInvalid`).min(0, `${E}.priceInvalid`).max(100_000_000, `${E}.priceInvalid`)])
    .optional()
    .transform((value) => (typeof value === "number" ? value : null)),
  active: z.boolean().default(true),
  skillIds,
});
export type ServiceInput = z.infer<typeof ServiceInput>;

export const UpdateServiceInput = ServiceInput.extend({ serviceId: id() });
export type UpdateServiceInput = z.infer<typeof UpdateServiceInput>;

export const SetServiceActiveInput = z.object({ serviceId: id(), active: z.boolean() });
export type SetServiceActiveInput = z.infer<typeof SetServiceActiveInput>;

// ── Technicians ─────────────────────────────────────────────────────────────────────────

const TechnicianFields = z.object({
  displayName: requiredName,
  homeStreet: z.string().trim().min(1, `${E}.streetRequired`).max(200, `${E}.textTooLong`),
  homePostalCode: z.string().trim().min(1, `${E}.postalCodeRequired`).max(20, `${E}.textTooLong`),
  homeCity: z.string().trim().min(1, `${E}.cityRequired`).max(100, `${E}.textTooLong`),
  homeCountry: z.string().trim().min(1, `${E}.countryRequired`).max(100, `${E}.textTooLong`),
  homeLatitude: z.coerce.number(`${E}.latitudeInvalid`).min(-90, `${E}.latitudeInvalid`).max(90, `${E}.latitudeInvalid`),
  homeLongitude: z.coerce.number(`${E}.longitudeInvalid`).min(-180, `${E}.longitudeInvalid`).max(180, `${E}.longitudeInvalid`),
  /** IANA zone the working hours are written in ("Europe/Paris", never an offset). */
  timeZone: z.string().trim().refine(isNamedTimeZone, `${E}.timeZoneUnknown`),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, `${E}.colorInvalid`)
    .transform((value) => value.toLowerCase()),
  active: z.boolean().default(true),
  skillIds,
});

export const CreateTechnicianInput = TechnicianFields.extend({ userId: id(`${E}.userRequired`) });
export type CreateTechnicianInput = z.infer<typeof CreateTechnicianInput>;

export const UpdateTechnicianInput = TechnicianFields.extend({ technicianId: id() });
export type UpdateTechnicianInput = z.infer<typeof UpdateTechnicianInput>;

// ── Weekly working hours ────────────────────────────────────────────────────────────────

const HH_MM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "HH:mm" → minutes since midnight ("24:00" is 1440, the end of the day). */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const WorkingHoursRange = z.object({
  /** ISO 8601: 1 = Monday … 7 = Sunday. */
  weekday: z.coerce.number().int().min(1, `${E}.weekdayInvalid`).max(7, `${E}.weekdayInvalid`),
  kind: z.enum(["WORK", "BREAK"]),
  startTime: z.string().trim().regex(HH_MM, `${E}.timeInvalid`),
  endTime: z.string().trim().regex(HH_MM, `${E}.timeInvalid`),
});
export type WorkingHoursRange = z.infer<typeof WorkingHoursRange>;

/**
 * A technician's whole week, replaced at once. Each range starts before it ends; work ranges
 * of a day do not overlap; a break lies inside one work range of its day.
 */
export const SetWorkingHoursInput = z
  .object({ technicianId: id(), ranges: z.array(WorkingHoursRange).max(7 * 12) })
  .superRefine(({ ranges }, context) => {
    ranges.forEach((range, index) => {
      if (range.startTime === "24:00" || minutesOfDay(range.startTime) >= minutesOfDay(range.endTime))
        context.addIssue({ code: "custom", path: ["ranges", index, "endTime"], message: `${E}.endBeforeStart` });
    });
    const valid = ranges.filter((range) => minutesOfDay(range.startTime) < minutesOfDay(range.endTime));
    ranges.forEach((range, index) => {
      if (minutesOfDay(range.startTime) >= minutesOfDay(range.endTime)) return;
      const sameDayWork = valid.filter((other) => other.weekday === range.weekday && other.kind === "WORK" && other !== range);
      const start = minutesOfDay(range.startTime);
      const end = minutesOfDay(range.endTime);
      if (range.kind === "BREAK") {
        const inside = sameDayWork.some((work) => minutesOfDay(work.startTime) <= start && end <= minutesOfDay(work.endTime));
        if (!inside) context.addIssue({ code: "custom", path: ["ranges", index, "startTime"], message: `${E}.breakOutsideWork` });
      } else {
        const overlaps = sameDayWork.some((work) => minutesOfDay(work.startTime) < end && start < minutesOfDay(work.endTime));
        if (overlaps) context.addIssue({ code: "custom", path: ["ranges", index, "startTime"], message: `${E}.workOverlaps` });
      }
    });
  });
export type SetWorkingHoursInput = z.infer<typeof SetWorkingHoursInput>;

// ── Time off ────────────────────────────────────────────────────────────────────────────

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Time off as wall times in the technician's zone ("2026-03-02T08:00", what a datetime-local
 * field gives): the use case turns them into instants in that zone, so a DST change between
 * the two ends is handled by the zone, not by adding hours (product.md "Where peers fail" 3).
 */
export const AddTimeOffInput = z
  .object({
    technicianId: id(),
    startsAtLocal: z.string().trim().regex(LOCAL_DATE_TIME, `${E}.instantInvalid`),
    endsAtLocal: z.string().trim().regex(LOCAL_DATE_TIME, `${E}.instantInvalid`),
    reason: optionalText(200),
  })
  .refine((value) => value.endsAtLocal > value.startsAtLocal, { path: ["endsAtLocal"], message: `${E}.endBeforeStart` });
export type AddTimeOffInput = z.infer<typeof AddTimeOffInput>;

export const RemoveTimeOffInput = z.object({ timeOffId: id() });
export type RemoveTimeOffInput = z.infer<typeof RemoveTimeOffInput>;
