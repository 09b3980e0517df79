/**
 * The portal API's handlers (issue 6 §8): the same rules and errors as the portal pages — one
 * domain call each, ownership from the session, never from input.
 */
import "server-only";
import {
  AppointmentId,
  AvailableSlotsQuery,
  BookAppointmentInput,
  CancelAppointmentInput,
  RescheduleAppointmentInput,
  bookAppointment,
  cancelAppointment,
  findAppointmentForCustomer,
  findCustomerAppointments,
  getAvailableSlots,
  rescheduleAppointment,
  type SlotTaken,
} from "@/lib/booking";
import { apiError, invalidInput, portalRoute, readJson, type PortalApiDeps } from "./portal-api";
import { appointmentDetailJson, appointmentJson, customerAppointmentsJson, slotsJson } from "./serialize";

type AppointmentParams = { appointmentId: string };

function slotTakenResponse(result: SlotTaken): Response {
  return apiError("slot_taken", { freshSlots: slotsJson(result.freshSlots) });
}

/** GET /slots?serviceId=…&from=YYYY-MM-DD&to=YYYY-MM-DD[&viewerZone=Area/City] */
export function slotsHandler(deps: PortalApiDeps) {
  return portalRoute(deps, async ({ request, customer }) => {
    const search = new URL(request.url).searchParams;
    const parsed = AvailableSlotsQuery.safeParse({
      serviceId: search.get("serviceId") ?? undefined,
      from: search.get("from") ?? undefined,
      to: search.get("to") ?? undefined,
      viewerZone: search.get("viewerZone") ?? undefined,
    });
    if (!parsed.success) return invalidInput(parsed.error);
    const result = await getAvailableSlots(deps.db, {
      serviceId: parsed.data.serviceId,
      contactId: customer.contactId,
      fromDate: parsed.data.from,
      toDate: parsed.data.to,
      viewerZone: parsed.data.viewerZone,
      now: deps.now(),
      audience: "customer",
    });
    if (!result.ok) return apiError(result.code, { fieldErrors: result.fieldErrors });
    return Response.json(slotsJson(result.value));
  });
}

/** GET /appointments: { active, upcoming, past } (product.md §3). */
export function listAppointmentsHandler(deps: PortalApiDeps) {
  return portalRoute(deps, async ({ customer }) => Response.json(customerAppointmentsJson(await findCustomerAppointments(deps.db, customer))));
}

/**
 * POST /appointments { serviceId, startsAt, comments?, idempotencyKey? } with the key in the
 * body or the `Idempotency-Key` header: 201 when booked, 200 with the same appointment when
 * the key had already booked it.
 */
export function createAppointmentHandler(deps: PortalApiDeps) {
  return portalRoute(deps, async ({ request, customer }) => {
    const body = await readJson(request);
    const headerKey = request.headers.get("idempotency-key") ?? undefined;
    const input = typeof body === "object" && body !== null ? { idempotencyKey: headerKey, ...body } : body;
    const parsed = BookAppointmentInput.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    const result = await bookAppointment(deps.db, { ...parsed.data, by: customer, now: deps.now(), appUrl: deps.appUrl(request) });
    if (!result.ok) return result.code === "slot_taken" ? slotTakenResponse(result) : apiError(result.code, { fieldErrors: result.fieldErrors });
    const location = new URL(`/api/portal/v1/appointments/${result.value.appointment.id}`, request.url).pathname;
    return Response.json(
      { appointment: appointmentJson(result.value.appointment), replayed: result.value.replayed },
      { status: result.value.replayed ? 200 : 201, headers: { Location: location } },
    );
  });
}

/** GET /appointments/{appointmentId}: the customer's own visit and what they may do with it. */
export function appointmentHandler(deps: PortalApiDeps) {
  return portalRoute<AppointmentParams>(deps, async ({ customer, params }) => {
    const id = AppointmentId.safeParse(params.appointmentId);
    const detail = id.success ? await findAppointmentForCustomer(deps.db, customer, id.data, deps.now()) : null;
    if (!detail) return apiError("not_found");
    return Response.json(appointmentDetailJson(detail));
  });
}

/** POST /appointments/{appointmentId}/reschedule { startsAt } */
export function rescheduleHandler(deps: PortalApiDeps) {
  return portalRoute<AppointmentParams>(deps, async ({ request, customer, params }) => {
    if (!AppointmentId.safeParse(params.appointmentId).success) return apiError("not_found");
    const body = await readJson(request);
    const parsed = RescheduleAppointmentInput.safeParse({ ...(typeof body === "object" && body !== null ? body : {}), appointmentId: params.appointmentId });
    if (!parsed.success) return invalidInput(parsed.error);
    const result = await rescheduleAppointment(deps.db, { ...parsed.data, by: customer, now: deps.now(), appUrl: deps.appUrl(request) });
    if (!result.ok) return result.code === "slot_taken" ? slotTakenResponse(result) : apiError(result.code, { fieldErrors: result.fieldErrors });
    return Response.json({ appointment: appointmentJson(result.value.appointment), unchanged: result.value.unchanged });
  });
}

/** POST /appointments/{appointmentId}/cancel { reason } */
export function cancelHandler(deps: PortalApiDeps) {
  return portalRoute<AppointmentParams>(deps, async ({ request, customer, params }) => {
    if (!AppointmentId.safeParse(params.appointmentId).success) return apiError("not_found");
    const body = await readJson(request);
    const parsed = CancelAppointmentInput.safeParse({ ...(typeof body === "object" && body !== null ? body : {}), appointmentId: params.appointmentId });
    if (!parsed.success) return invalidInput(parsed.error);
    const result = await cancelAppointment(deps.db, { ...parsed.data, by: customer, now: deps.now(), appUrl: deps.appUrl(request) });
    if (!result.ok) return apiError(result.code, { fieldErrors: result.fieldErrors });
    return Response.json({ appointment: appointmentJson(result.value) });
  });
}
