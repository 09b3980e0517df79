import "server-only";
import { getTranslations } from "next-intl/server";
import { type ZodError } from "zod";
import { type ActionResult, type FieldErrors } from "@/lib/result";

/**
 * Schemas and use cases carry catalogue keys ("account.password.errors.mismatch"); forms get
 * the text. The root translator is seen with plain string keys: these keys are data.
 */
type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

export async function rootTranslator(): Promise<Translate> {
  return (await getTranslations()) as unknown as Translate;
}

export function translateFieldErrors(t: Translate, fieldErrors: FieldErrors | undefined): FieldErrors | undefined {
  if (!fieldErrors) return undefined;
  const translated: FieldErrors = {};
  for (const [field, key] of Object.entries(fieldErrors)) if (key) translated[field] = t.has(key) ? t(key) : key;
  return translated;
}

/** The zod refusal: each field's first message, translated, and `messageKey` above the form. */
export async function invalidFormInput(error: ZodError, messageKey: string): Promise<ActionResult<never>> {
  const t = await rootTranslator();
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= t.has(issue.message) ? t(issue.message) : issue.message;
  }
  return { ok: false, code: "invalid_input", message: t(messageKey), fieldErrors };
}
