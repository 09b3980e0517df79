/**
 * The portal JSON API's plumbing (/api/portal/v1, product.md §1 "Web API users", issue 6 §8):
 * every handler authorizes first (401 signed out, 403 without the Web API users role), parses
 * with the same zod schemas as the forms (422 with field errors as catalogue keys and English
 * text), makes one domain call, and maps its codes to statuses from one table.
 *
 * Handlers are built from `PortalApiDeps`, so the route files bind the app's database, clock
 * and session, and the integration tests call the very same handlers with theirs.
 */
import "server-only";
import { type z } from "zod";
import { type CustomerActor, type PortalApiAccess } from "@/lib/auth";
import { type BookingErrorCode } from "@/lib/booking";
import { type Db } from "@/lib/db";
import messages from "@/lib/i18n/messages/en.json";
import { type FieldErrors } from "@/lib/result";

export type PortalApiAuthorization = PortalApiAccess;

export interface PortalApiDeps {
  db: Db;
  /** Who calls: the session's customer with the Web API users role. */
  authorize: (request: Request) => Promise<PortalApiAuthorization>;
  now: () => Date;
  /** Origin of portal links in emails. */
  appUrl: (request: Request) => string;
}

export type ApiErrorCode = BookingErrorCode | "unauthenticated" | "forbidden" | "cross_origin" | "invalid_input" | "internal_error";

/** One table: domain codes → HTTP statuses (state conflicts 409, refused input 422). */
export const STATUS_OF: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  cross_origin: 403,
  not_found: 404,
  slot_taken: 409,
  not_reschedulable: 409,
  not_cancellable: 409,
  invalid_status_change: 409,
  cutoff_passed: 422,
  reschedule_limit: 422,
  outside_availability: 422,
  invalid_input: 422,
  internal_error: 500,
};

const MESSAGES: Record<ApiErrorCode, string> = {
  ...(messages.booking.codes as Record<BookingErrorCode, string>),
  unauthenticated: "Sign in first: this API uses the portal's session.",
  forbidden: "Your account does not have access to the portal's API (web role Web API users).",
  cross_origin: "This request came from another site: the API only accepts changes sent from the portal's own pages or from API clients.",
  invalid_input: "Some fields are missing or invalid: see fieldErrors.",
  internal_error: "Something went wrong on our side. Try again in a moment.",
};

function englishText(key: string): string {
  let node: unknown = messages;
  for (const part of key.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : key;
}

export interface ApiFieldError {
  /** next-intl catalogue key, e.g. "booking.errors.reasonTooShort". */
  key: string;
  message: string;
}

export function apiError(code: ApiErrorCode, extra: { fieldErrors?: FieldErrors; [name: string]: unknown } = {}): Response {
  const { fieldErrors, ...rest } = extra;
  const fields = fieldErrors
    ? Object.fromEntries(Object.entries(fieldErrors).flatMap(([field, key]) => (key ? [[field, { key, message: englishText(key) } satisfies ApiFieldError]] : [])))
    : undefined;
  return Response.json({ error: { code, message: MESSAGES[code], ...(fields ? { fieldErrors: fields } : {}), ...rest } }, { status: STATUS_OF[code] });
}

export function invalidInput(error: z.ZodError): Response {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "body")] ??= issue.message;
  return apiError("invalid_input", { fieldErrors });
}

/** The JSON body, or undefined when it is not JSON (zod then says what is missing). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

export interface PortalRequest<Params> {
  request: Request;
  customer: CustomerActor;
  params: Params;
  deps: PortalApiDeps;
}

type RouteContext<Params> = { params: Promise<Params> };

/** Authorize, run, and turn a bug or an outage into a logged 500 with no details. */
export function portalRoute<Params = Record<string, never>>(
  deps: PortalApiDeps,
  handler: (input: PortalRequest<Params>) => Promise<Response>,
): (request: Request, context: RouteContext<Params>) => Promise<Response> {
  return async (request, context) => {
    try {
      const authorization = await deps.authorize(request);
      if (!authorization.ok) return apiError(authorization.code);
      const params = (await context?.params) ?? ({} as Params);
      const response = await handler({ request, customer: authorization.value, params, deps });
      response.headers.set("Cache-Control", "no-store");
      return response;
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return apiError("internal_error");
    }
  };
}
