import { z } from "zod";
import { isLocale } from "./config";

/** The language switcher's form: one field, a locale we have a catalogue for. */
export const SetLocaleInput = z.object({
  locale: z.string().trim().refine(isLocale, "i18n.unsupportedLocale"),
});
export type SetLocaleInput = z.infer<typeof SetLocaleInput>;
