import "server-only";
import { getTranslations } from "next-intl/server";
import { type ZodError } from "zod";
import { type ActionResult, type FieldErrors } from "@/lib/result";

/**
 * The root translator seen with plain string keys: keys carried by schemas and use cases are
 * data, checked at run time with `has` (the typed union of every key is too large to narrow to).
 */
type Translate = { (key: string): string; has(key: string): boolean };

async function rootTranslator(): Promise<Translate> {
  return (await getTranslations()) as unknown as Translate;
}

/** A catalogue key carried by a schema or a use case ("admin.mail.errors.hostInvalid"), translated. */
export function translateKey(t: Translate, key: string): string {
  return t.has(key) ? t(key) : key;
}

/** The zod refusal, each field's first message translated. */
export async function invalidInput(error: ZodError): Promise<ActionResult<never>> {
  const t = await rootTranslator();
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= translateKey(t, issue.message);
  }
  return { ok: false, code: "invalid_input", message: t("admin.shared.checkFields"), fieldErrors };
}

/** A use case's refusal, its message and field messages translated. */
export async function refusal<C extends string>(
  code: C,
  message: string,
  fieldErrors?: FieldErrors,
): Promise<ActionResult<never, C>> {
  if (!fieldErrors) return { ok: false, code, message };
  const t = await rootTranslator();
  const translated: FieldErrors = {};
  for (const [field, key] of Object.entries(fieldErrors)) if (key) translated[field] = translateKey(t, key);
  return { ok: false, code, message, fieldErrors: translated };
}
