/**
 * Expected outcomes are values, not exceptions (style.md, "Server actions"): a use case
 * returns `ok(value)` or `fail(code)`, with `code` from a closed union the UI maps to a
 * catalogue message and route handlers map to a status. Throw only for bugs and outages.
 * Isomorphic: no `server-only`, so forms can share the types.
 */

/** Field name → next-intl key (domain) or translated message (action result). */
export type FieldErrors = Partial<Record<string, string>>;

export type Ok<T> = { ok: true; value: T };
export type Fail<C extends string> = { ok: false; code: C; fieldErrors?: FieldErrors };
export type Result<T, C extends string = never> = Ok<T> | Fail<C>;

export function ok(): Ok<void>;
export function ok<T>(value: T): Ok<T>;
export function ok<T>(value?: T): Ok<T | undefined> {
  return { ok: true, value };
}

export function fail<C extends string>(code: C, fieldErrors?: FieldErrors): Fail<C> {
  return fieldErrors ? { ok: false, code, fieldErrors } : { ok: false, code };
}

/**
 * What a server action sends back to its form: the outcome with its message already
 * translated into the viewer's language (`message`, `fieldErrors` values), so the client
 * shows text and never needs the domain's codes. `invalid_input` is the zod refusal.
 */
export type ActionResult<T = void, C extends string = string> =
  | { ok: true; value: T; message?: string }
  | {
      ok: false;
      code: C | "invalid_input";
      message: string;
      fieldErrors?: FieldErrors;
      /** What the person typed that the form shows again (a progressively enhanced form is reset after its action). */
      values?: Record<string, string>;
    };
