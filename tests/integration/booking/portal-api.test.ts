/**
 * The portal JSON API through its real handlers (app/api/portal/v1/_lib/handlers.ts, the very
 * functions the route files export), with the test database, a fixed clock and a stand-in for
 * the session: the caller is whoever the `x-test-customer` header names.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appointmentHandler,
  cancelHandler,
  createAppointmentHandler,
  listAppointmentsHandler,
  rescheduleHandler,
  slotsHandler,
} from "@/app/api/portal/v1/_lib/handlers";
import { type PortalApiDeps } from "@/app/api/portal/v1/_lib/portal-api";
import { portalOpenApiDocument } from "@/app/api/portal/v1/_lib/openapi";
import type { CustomerActor } from "@/lib/auth";
import { fail, ok } from "@/lib/result";
import { setUpTestDatabase } from "../../support/database";
import { APP_URL, NOW, at, createBookingWorld, type BookingWorld } from "./booking-fixture";

const { db } = await setUpTestDatabase();
let world: BookingWorld;
let forbiddenCustomer: CustomerActor;

const deps: PortalApiDeps = {
  db,
  now: () => NOW,
  appUrl: () => APP_URL,
  async authorize(request) {
    const id = request.headers.get("x-test-customer");
    if (!id) return fail("unauthenticated");
    if (id === forbiddenCustomer.userId) return fail("forbidden");
    const customer = world.customers.find((candidate) => candidate.userId === id);
    return customer ? ok(customer) : fail("unauthenticated");
  },
};

const BASE = "http://portal.test/api/portal/v1";
const noParams = { params: Promise.resolve({} as Record<string, never>) };
const idParams = (appointmentId: string) => ({ params: Promise.resolve({ appointmentId }) });

function request(path: string, as: CustomerActor | null, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return new Request(`${BASE}${path}`, {
    method: init.method ?? "GET",
    headers: { ...(as ? { "x-test-customer": as.userId } : {}), ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

const GET_SLOTS = slotsHandler(deps);
const LIST = listAppointmentsHandler(deps);
const CREATE = createAppointmentHandler(deps);
const GET_ONE = appointmentHandler(deps);
const RESCHEDULE = rescheduleHandler(deps);
const CANCEL = cancelHandler(deps);

beforeAll(async () => {
  world = await createBookingWorld(db, { technicians: 1, customers: 2 });
  forbiddenCustomer = await world.addCustomer();
  world.customers.pop();
});

async function book(as: CustomerActor, startsAt: string, key = randomUUID()) {
  return CREATE(request("/appointments", as, { method: "POST", body: { serviceId: world.serviceId, startsAt, idempotencyKey: key } }), noParams);
}

describe("portal API", () => {
  it("answers 401 without a session and 403 without the Web API users role", async () => {
    expect((await LIST(request("/appointments", null), noParams)).status).toBe(401);
    const forbidden = await LIST(request("/appointments", forbiddenCustomer), noParams);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ error: { code: "forbidden" } });
  });

  it("lists a month of slots in the address's zone, with the change deadlines", async () => {
    const response = await GET_SLOTS(request(`/slots?serviceId=${world.serviceId}&from=2026-10-01&to=2026-10-31`, world.customers[0]!), noParams);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.timeZone).toBe("Europe/Paris");
    expect(body.days).toHaveLength(31);
    const tuesday = body.days.find((day: { date: string }) => day.date === "2026-10-06");
    expect(tuesday.available).toBe(true);
    expect(tuesday.slots[0]).toEqual({
      startsAt: "2026-10-06T08:00:00+02:00",
      endsAt: "2026-10-06T09:00:00+02:00",
      rescheduleUntil: "2026-10-05T08:00:00+02:00",
      cancelUntil: "2026-10-05T20:00:00+02:00",
    });
    // After the autumn change, the same wall time has the winter offset.
    const afterChange = body.days.find((day: { date: string }) => day.date === "2026-10-26");
    expect(afterChange.slots[0].startsAt).toBe("2026-10-26T08:00:00+01:00");
    expect(body.days.find((day: { date: string }) => day.date === "2026-10-04").available).toBe(false);
  });

  it("refuses a bad query with 422 and catalogue keys", async () => {
    const response = await GET_SLOTS(request(`/slots?serviceId=nope&from=2026-10-01&to=2026-12-31`, world.customers[0]!), noParams);
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fieldErrors.serviceId.key).toBe("booking.errors.serviceNotFound");
  });

  it("books (201), replays the same key (200), answers 409 slot_taken with fresh slots to the next customer", async () => {
    const key = randomUUID();
    const first = await book(world.customers[0]!, "2026-10-07T09:00:00+02:00", key);
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created.appointment).toMatchObject({ status: "SCHEDULED", startsAt: "2026-10-07T09:00:00+02:00", timeZone: "Europe/Paris" });
    expect(first.headers.get("location")).toBe(`/api/portal/v1/appointments/${created.appointment.id}`);

    const again = await CREATE(
      request("/appointments", world.customers[0]!, { method: "POST", body: { serviceId: world.serviceId, startsAt: "2026-10-07T09:00:00+02:00" }, headers: { "Idempotency-Key": key } }),
      noParams,
    );
    expect(again.status).toBe(200);
    expect((await again.json()).appointment.id).toBe(created.appointment.id);

    const taken = await book(world.customers[1]!, "2026-10-07T07:00:00Z");
    expect(taken.status).toBe(409);
    const body = await taken.json();
    expect(body.error.code).toBe("slot_taken");
    expect(body.error.freshSlots.days[0].slots.map((slot: { startsAt: string }) => slot.startsAt)).not.toContain("2026-10-07T09:00:00+02:00");
  });

  it("refuses a booking without an idempotency key (422) and an instant without offset", async () => {
    const response = await CREATE(request("/appointments", world.customers[0]!, { method: "POST", body: { serviceId: world.serviceId, startsAt: "2026-10-08T09:00:00" } }), noParams);
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["idempotencyKey", "startsAt"]);
  });

  it("shows, reschedules and cancels one's own appointment; another customer gets 404 and changes nothing", async () => {
    const created = await (await book(world.customers[0]!, "2026-10-08T10:00:00+02:00")).json();
    const id = created.appointment.id as string;
    const stranger = world.customers[1]!;

    expect((await GET_ONE(request(`/appointments/${id}`, stranger), idParams(id))).status).toBe(404);
    expect((await GET_ONE(request(`/appointments/not-a-uuid`, stranger), idParams("not-a-uuid"))).status).toBe(404);
    const foreignMove = await RESCHEDULE(request(`/appointments/${id}/reschedule`, stranger, { method: "POST", body: { startsAt: "2026-10-08T14:00:00+02:00" } }), idParams(id));
    expect(foreignMove.status).toBe(404);
    const foreignCancel = await CANCEL(request(`/appointments/${id}/cancel`, stranger, { method: "POST", body: { reason: "Not mine" } }), idParams(id));
    expect(foreignCancel.status).toBe(404);
    expect(await db.appointment.findUnique({ where: { id } })).toMatchObject({ status: "SCHEDULED", version: 1, startsAt: at("2026-10-08", "10:00") });

    const detail = await (await GET_ONE(request(`/appointments/${id}`, world.customers[0]!), idParams(id))).json();
    expect(detail.choices).toMatchObject({ canReschedule: true, canCancel: true, rescheduleUntil: "2026-10-07T10:00:00+02:00", cancelUntil: "2026-10-07T22:00:00+02:00" });

    const moved = await RESCHEDULE(request(`/appointments/${id}/reschedule`, world.customers[0]!, { method: "POST", body: { startsAt: "2026-10-08T14:00:00+02:00" } }), idParams(id));
    expect(moved.status).toBe(200);
    expect((await moved.json()).appointment.startsAt).toBe("2026-10-08T14:00:00+02:00");

    const noReason = await CANCEL(request(`/appointments/${id}/cancel`, world.customers[0]!, { method: "POST", body: { reason: " " } }), idParams(id));
    expect(noReason.status).toBe(422);
    expect((await noReason.json()).error.fieldErrors.reason.key).toBe("booking.errors.reasonTooShort");

    const cancelled = await CANCEL(request(`/appointments/${id}/cancel`, world.customers[0]!, { method: "POST", body: { reason: "Away that week" } }), idParams(id));
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).appointment).toMatchObject({ status: "CANCELLED", cancellationReason: "Away that week" });
    const again = await CANCEL(request(`/appointments/${id}/cancel`, world.customers[0]!, { method: "POST", body: { reason: "Away that week" } }), idParams(id));
    expect(again.status).toBe(409);

    const lists = await (await LIST(request("/appointments", world.customers[0]!), noParams)).json();
    expect(lists.past.map((appointment: { id: string }) => appointment.id)).toContain(id);
    expect(lists.upcoming.map((appointment: { id: string }) => appointment.id)).not.toContain(id);
  });

  it("publishes an OpenAPI document built from the request schemas", () => {
    const document = portalOpenApiDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/appointments", "/appointments/{appointmentId}", "/appointments/{appointmentId}/cancel", "/appointments/{appointmentId}/reschedule", "/me", "/slots"]);
    expect(document.components.schemas.BookAppointmentInput).toMatchObject({ required: expect.arrayContaining(["serviceId", "startsAt", "idempotencyKey"]) });
    expect(document.components.schemas.CancelAppointmentInput).toMatchObject({ properties: { reason: { minLength: 3, maxLength: 500 } } });
  });
});
