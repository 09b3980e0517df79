/**
 * Issue 5 "Done when": a customer without *Web API users* gets 403 from the API; customer A
 * asking for customer B's data by id gets 404; signed out gets 401. Through the real handlers
 * (the functions the route files export) and the real rights check (lib/auth
 * checkPortalApiAccess on the test database); only the session cookie is stood in for: the
 * `x-test-session` header names whose session the request carries.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { appointmentHandler, cancelHandler } from "@/app/api/portal/v1/_lib/handlers";
import { meHandler } from "@/app/api/portal/v1/_lib/me-handler";
import { type PortalApiDeps } from "@/app/api/portal/v1/_lib/portal-api";
import { checkPortalApiAccess, isCrossSiteWrite, type Actor, type CustomerActor } from "@/lib/auth";
import { bookAppointment } from "@/lib/booking";
import { BUILT_IN_WEB_ROLE_KEYS } from "@/lib/db/reference-data";
import { setUpTestDatabase } from "../../support/database";
import { APP_URL, NOW, at, bookingCommand, createBookingWorld, type BookingWorld } from "../booking/booking-fixture";

const { db } = await setUpTestDatabase();
const HOST = "portal.test";
const BASE = `http://${HOST}/api/portal/v1`;
const MISSING_ID = "00000000-0000-4000-8000-000000000000";

type Who = "signedOut" | "staff" | "apiUser" | "portalOnly" | "apiRoleOnly";
const sessions = new Map<string, Actor>();
const actors = {} as Record<Exclude<Who, "signedOut">, Actor>;
let world: BookingWorld;
let apiUserAppointmentId: string;
let portalOnlyAppointmentId: string;

const deps: PortalApiDeps = {
  db,
  now: () => NOW,
  appUrl: () => APP_URL,
  authorize: (request) => checkPortalApiAccess(db, sessions.get(request.headers.get("x-test-session") ?? "") ?? null, request),
};
const GET_ME = meHandler(deps);
const GET_APPOINTMENT = appointmentHandler(deps);
const CANCEL = cancelHandler(deps);

function request(path: string, who: Who, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const session = who === "signedOut" ? null : actors[who].userId;
  return new Request(`${BASE}${path}`, {
    method: init.method ?? "GET",
    headers: {
      host: HOST,
      ...(session ? { "x-test-session": session } : {}),
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const noParams = { params: Promise.resolve({} as Record<string, never>) };
const idParams = (appointmentId: string) => ({ params: Promise.resolve({ appointmentId }) });

async function giveWebRoles(customer: CustomerActor, keys: string[]) {
  const roles = await db.webRole.findMany({ where: { key: { in: keys } } });
  await db.contactWebRole.createMany({ data: roles.map((role) => ({ contactId: customer.contactId, webRoleId: role.id })) });
}

async function book(customer: CustomerActor, day: string, time: string): Promise<string> {
  const result = await bookAppointment(db, { ...bookingCommand(world, customer, at(day, time)), comments: `Gate code of ${customer.name}` });
  if (!result.ok) throw new Error(`booking failed: ${result.code}`);
  return result.value.appointment.id;
}

beforeAll(async () => {
  world = await createBookingWorld(db, { technicians: 1, customers: 0 });
  const [apiUser, portalOnly, apiRoleOnly] = [await world.addCustomer(), await world.addCustomer(), await world.addCustomer()];
  await giveWebRoles(apiUser, [BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers, BUILT_IN_WEB_ROLE_KEYS.webApiUsers]);
  await giveWebRoles(portalOnly, [BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers]);
  await giveWebRoles(apiRoleOnly, [BUILT_IN_WEB_ROLE_KEYS.webApiUsers]);
  Object.assign(actors, { apiUser, portalOnly, apiRoleOnly, staff: { ...world.dispatcher, role: "ADMIN" } });
  for (const actor of Object.values(actors)) sessions.set(actor.userId, actor);
  apiUserAppointmentId = await book(apiUser, "2026-10-07", "09:00");
  portalOnlyAppointmentId = await book(portalOnly, "2026-10-07", "11:00");
});

describe("who may call the portal API", () => {
  const table: { who: Who; endpoint: "me" | "own appointment"; status: number; code?: string }[] = [
    { who: "signedOut", endpoint: "me", status: 401, code: "unauthenticated" },
    { who: "signedOut", endpoint: "own appointment", status: 401, code: "unauthenticated" },
    { who: "staff", endpoint: "me", status: 401, code: "unauthenticated" },
    { who: "portalOnly", endpoint: "me", status: 403, code: "forbidden" },
    { who: "portalOnly", endpoint: "own appointment", status: 403, code: "forbidden" },
    { who: "apiRoleOnly", endpoint: "me", status: 403, code: "forbidden" },
    { who: "apiUser", endpoint: "me", status: 200 },
    { who: "apiUser", endpoint: "own appointment", status: 200 },
  ];
  for (const { who, endpoint, status, code } of table) {
    it(`${who} → ${endpoint}: ${status}`, async () => {
      const ownId = who === "portalOnly" ? portalOnlyAppointmentId : apiUserAppointmentId;
      const response =
        endpoint === "me" ? await GET_ME(request("/me", who), noParams) : await GET_APPOINTMENT(request(`/appointments/${ownId}`, who), idParams(ownId));
      expect(response.status).toBe(status);
      expect(response.headers.get("cache-control")).toBe(status === 200 ? "no-store" : null);
      if (code) expect(await response.json()).toMatchObject({ error: { code, message: expect.any(String) } });
    });
  }

  it("takes a removed Web API users role away on the very next request", async () => {
    const customer = await world.addCustomer();
    await giveWebRoles(customer, [BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers, BUILT_IN_WEB_ROLE_KEYS.webApiUsers]);
    sessions.set(customer.userId, customer);
    const asCustomer = () => new Request(`${BASE}/me`, { headers: { host: HOST, "x-test-session": customer.userId } });
    expect((await GET_ME(asCustomer(), noParams)).status).toBe(200);
    await db.contactWebRole.deleteMany({ where: { contactId: customer.contactId, webRole: { key: BUILT_IN_WEB_ROLE_KEYS.webApiUsers } } });
    expect((await GET_ME(asCustomer(), noParams)).status).toBe(403);
  });
});

describe("GET /me", () => {
  it("answers the caller's own profile: name, email, service address and web roles", async () => {
    const response = await GET_ME(request("/me", "apiUser"), noParams);
    const body = await response.json();
    const contact = await db.contact.findUniqueOrThrow({ where: { id: (actors.apiUser as CustomerActor).contactId } });
    expect(body).toEqual({
      name: `${contact.firstName} ${contact.lastName}`,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: actors.apiUser.email,
      phone: null,
      serviceAddress: { street: "12 Rue des Lilas", postalCode: "75011", city: "Paris", country: "FR", timeZone: "Europe/Paris" },
      webRoles: expect.arrayContaining([BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers, BUILT_IN_WEB_ROLE_KEYS.webApiUsers]),
    });
    expect(body.webRoles).toHaveLength(2);
  });
});

describe("another customer's appointment", () => {
  it("is 404 with the very body of a missing or malformed id, and nothing of it in the answer", async () => {
    const foreign = await GET_APPOINTMENT(request(`/appointments/${portalOnlyAppointmentId}`, "apiUser"), idParams(portalOnlyAppointmentId));
    const missing = await GET_APPOINTMENT(request(`/appointments/${MISSING_ID}`, "apiUser"), idParams(MISSING_ID));
    const malformed = await GET_APPOINTMENT(request("/appointments/not-a-uuid", "apiUser"), idParams("not-a-uuid"));
    expect([foreign.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
    const [foreignBody, missingBody, malformedBody] = await Promise.all([foreign.text(), missing.text(), malformed.text()]);
    expect(foreignBody).toBe(missingBody);
    expect(malformedBody).toBe(missingBody);
    expect(foreignBody).not.toContain(actors.portalOnly.name!);
    expect(foreignBody).not.toContain("Gate code");
  });

  it("cannot be cancelled by someone else (404), and the row stays as it was", async () => {
    const before = await db.appointment.findUniqueOrThrow({ where: { id: portalOnlyAppointmentId } });
    const response = await CANCEL(
      request(`/appointments/${portalOnlyAppointmentId}/cancel`, "apiUser", { method: "POST", body: { reason: "Not mine at all" } }),
      idParams(portalOnlyAppointmentId),
    );
    expect(response.status).toBe(404);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: portalOnlyAppointmentId } })).toEqual(before);
  });
});

describe("writes from another site", () => {
  const cancelOwn = (headers: Record<string, string>) =>
    CANCEL(
      request(`/appointments/${apiUserAppointmentId}/cancel`, "apiUser", { method: "POST", body: { reason: "Changed my plans" }, headers }),
      idParams(apiUserAppointmentId),
    );

  it.each<{ name: string; headers: Record<string, string> }>([
    { name: "a foreign Origin", headers: { origin: "https://evil.example" } },
    { name: "an opaque Origin", headers: { origin: "null" } },
    { name: "Sec-Fetch-Site: cross-site", headers: { "sec-fetch-site": "cross-site" } },
    { name: "a sibling subdomain", headers: { origin: `https://evil.${HOST}`, "sec-fetch-site": "same-site" } },
  ])("are refused with 403 cross_origin ($name), the appointment unchanged", async ({ headers }) => {
    const before = await db.appointment.findUniqueOrThrow({ where: { id: apiUserAppointmentId } });
    const response = await cancelOwn(headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "cross_origin" } });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: apiUserAppointmentId } })).toEqual(before);
  });

  it("are accepted from the portal's own origin (the control case)", async () => {
    const response = await cancelOwn({ origin: `http://${HOST}`, "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(200);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: apiUserAppointmentId } })).toMatchObject({ status: "CANCELLED" });
  });
});

describe("isCrossSiteWrite", () => {
  const build = (method: string, headers: Record<string, string>) => new Request(`https://${HOST}/api/portal/v1/x`, { method, headers: { host: HOST, ...headers } });
  it.each<{ method: string; headers: Record<string, string>; crossSite: boolean }>([
    { method: "GET", headers: { origin: "https://evil.example" }, crossSite: false },
    { method: "POST", headers: {}, crossSite: false },
    { method: "POST", headers: { origin: `https://${HOST}` }, crossSite: false },
    { method: "POST", headers: { origin: "https://evil.example" }, crossSite: true },
    { method: "DELETE", headers: { "sec-fetch-site": "cross-site" }, crossSite: true },
    { method: "POST", headers: { origin: "https://app.example.com", "x-forwarded-host": "app.example.com" }, crossSite: false },
  ])("$method with $headers → $crossSite", ({ method, headers, crossSite }) => {
    expect(isCrossSiteWrite(build(method, headers))).toBe(crossSite);
  });
});
