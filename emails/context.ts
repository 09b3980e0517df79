import { type createTranslator, type Messages } from "next-intl";
import { type BrandPalette, type EmailBrand } from "./brand";

/** Translates keys of the `emails` namespace of lib/i18n/messages/<locale>.json. */
export type EmailTranslator = ReturnType<typeof createTranslator<Messages, "emails">>;

/** What every template receives besides its own props: language, brand and translator. */
export type EmailContext = {
  /** The recipient's language: a catalogue in lib/i18n/messages/. */
  locale: string;
  t: EmailTranslator;
  brand: EmailBrand;
  palette: BrandPalette;
};
