/**
 * The OpenAPI 3.1 document of the portal API (GET /api/portal/v1/openapi.json). Request
 * schemas come from the very zod schemas the handlers parse with (z.toJSONSchema), so the
 * document cannot drift from what the server accepts.
 */
import "server-only";
import { z } from "zod";
import { APPOINTMENT_STATUSES, BookAppointmentInput, CancelAppointmentInput, RescheduleAppointmentInput } from "@/lib/booking";
import { STATUS_OF, type ApiErrorCode } from "./portal-api";

function requestSchema(schema: z.ZodType) {
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return json;
}

const zonedInstant = {
  type: "string",
  format: "date-time",
  description: "ISO 8601 with the offset of the service address's zone (timeZone), e.g. 2026-10-06T09:00:00+02:00",
};

const appointment = {
  type: "object",
  required: ["id", "reference", "status", "startsAt", "endsAt", "timeZone", "service", "technician", "address", "rescheduleCount"],
  properties: {
    id: { type: "string", format: "uuid" },
    reference: { type: "string", examples: ["A-1042"] },
    status: { type: "string", enum: [...APPOINTMENT_STATUSES] },
    startsAt: zonedInstant,
    endsAt: zonedInstant,
    timeZone: { type: "string", description: "IANA zone of the service address: the visit's times are shown in it." },
    service: { type: "object", properties: { id: { type: "string", format: "uuid" }, name: { type: "string" } } },
    technician: { type: "object", properties: { displayName: { type: "string" } } },
    address: { type: ["string", "null"] },
    comments: { type: ["string", "null"] },
    rescheduleCount: { type: "integer" },
    cancellationReason: { type: ["string", "null"] },
    cancelledAt: { anyOf: [zonedInstant, { type: "null" }] },
  },
};

const me = {
  type: "object",
  required: ["name", "firstName", "lastName", "email", "phone", "serviceAddress", "webRoles"],
  properties: {
    name: { type: "string" },
    firstName: { type: "string" },
    lastName: { type: "string" },
    email: { type: "string", format: "email", description: "The address you sign in with." },
    phone: { type: ["string", "null"] },
    serviceAddress: {
      description: "Where visits happen; their times are shown in its zone.",
      anyOf: [
        {
          type: "object",
          properties: {
            street: { type: ["string", "null"] },
            postalCode: { type: ["string", "null"] },
            city: { type: ["string", "null"] },
            country: { type: ["string", "null"], description: "ISO 3166-1 alpha-2" },
            timeZone: { type: ["string", "null"], description: "IANA zone" },
          },
        },
        { type: "null" },
      ],
    },
    webRoles: { type: "array", items: { type: "string" }, examples: [["authenticated_users", "web_api_users"]] },
  },
};

const slots = {
  type: "object",
  required: ["serviceId", "timeZone", "companyTimeZone", "days", "policy"],
  properties: {
    serviceId: { type: "string", format: "uuid" },
    serviceName: { type: "string" },
    durationMinutes: { type: "integer" },
    timeZone: { type: "string", description: "IANA zone of the service address." },
    companyTimeZone: { type: "string", description: "Days and the slot grid are the company's." },
    viewerZone: { type: ["string", "null"] },
    policy: {
      type: "object",
      properties: {
        minimumNoticeMinutes: { type: "integer" },
        bookingHorizonDays: { type: "integer" },
        slotStepMinutes: { type: "integer" },
        rescheduleCutoffMinutes: { type: "integer" },
        cancelCutoffMinutes: { type: "integer" },
        maxReschedules: { type: "integer" },
      },
    },
    days: {
      type: "array",
      items: {
        type: "object",
        properties: {
          date: { type: "string", format: "date" },
          available: { type: "boolean", description: "False: show the day disabled." },
          slots: {
            type: "array",
            items: {
              type: "object",
              properties: {
                startsAt: zonedInstant,
                endsAt: zonedInstant,
                rescheduleUntil: { ...zonedInstant, description: "Last moment the customer may reschedule a visit booked at this time." },
                cancelUntil: { ...zonedInstant, description: "Last moment the customer may cancel a visit booked at this time." },
              },
            },
          },
        },
      },
    },
  },
};

const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: Object.keys(STATUS_OF) },
        message: { type: "string" },
        fieldErrors: {
          type: "object",
          additionalProperties: { type: "object", properties: { key: { type: "string" }, message: { type: "string" } } },
        },
        freshSlots: { $ref: "#/components/schemas/AvailableSlots", description: "With slot_taken: the day's slots as they are now." },
      },
    },
  },
};

function errors(...codes: ApiErrorCode[]) {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of ["unauthenticated", "forbidden", ...codes] as ApiErrorCode[]) {
    const status = STATUS_OF[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [String(status), { description: list.join(", "), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
  );
}

const json = (schema: unknown) => ({ "application/json": { schema } });
const appointmentIdParameter = { name: "appointmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } };

export function portalOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Fieldbook portal API",
      version: "1.0.0",
      description:
        "The customer portal's JSON API for contacts with the Web API users web role. It uses the portal's session cookie " +
        "(sign in at /portal/sign-in). Same rules and errors as the portal pages: a customer only ever sees their own " +
        "appointments; other ids answer 404. Instants are ISO 8601 with an offset.",
    },
    servers: [{ url: "/api/portal/v1" }],
    components: {
      securitySchemes: { portalSession: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: {
        Me: me,
        Appointment: appointment,
        AvailableSlots: slots,
        Error: error,
        BookAppointmentInput: requestSchema(BookAppointmentInput),
        RescheduleAppointmentInput: requestSchema(RescheduleAppointmentInput.omit({ appointmentId: true })),
        CancelAppointmentInput: requestSchema(CancelAppointmentInput.omit({ appointmentId: true })),
      },
    },
    security: [{ portalSession: [] }],
    paths: {
      "/me": {
        get: {
          operationId: "getMe",
          summary: "Your profile: name, email, service address and web roles",
          responses: { "200": { description: "Your profile", content: json({ $ref: "#/components/schemas/Me" }) }, ...errors() },
        },
      },
      "/slots": {
        get: {
          operationId: "getSlots",
          summary: "Free slots of a service at your service address",
          parameters: [
            { name: "serviceId", in: "query", required: true, schema: { type: "string", format: "uuid" } },
            { name: "from", in: "query", required: true, schema: { type: "string", format: "date" }, description: "First day (company zone)" },
            { name: "to", in: "query", required: true, schema: { type: "string", format: "date" }, description: "Last day, at most 61 days after from" },
            { name: "viewerZone", in: "query", required: false, schema: { type: "string" }, description: "Your IANA zone, e.g. America/New_York" },
          ],
          responses: { "200": { description: "Each day of the range with its slots", content: json({ $ref: "#/components/schemas/AvailableSlots" }) }, ...errors("not_found", "invalid_input") },
        },
      },
      "/appointments": {
        get: {
          operationId: "listAppointments",
          summary: "Your appointments: active (technician on the way), upcoming and past",
          responses: {
            "200": {
              description: "Three lists",
              content: json({
                type: "object",
                properties: {
                  active: { anyOf: [{ $ref: "#/components/schemas/Appointment" }, { type: "null" }] },
                  upcoming: { type: "array", items: { $ref: "#/components/schemas/Appointment" } },
                  past: { type: "array", items: { $ref: "#/components/schemas/Appointment" } },
                },
              }),
            },
            ...errors(),
          },
        },
        post: {
          operationId: "bookAppointment",
          summary: "Book a slot; the server picks the technician",
          description: "Send the same idempotencyKey (body or Idempotency-Key header) when retrying: the visit is booked once and the same appointment comes back (200, replayed).",
          parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", format: "uuid" } }],
          requestBody: { required: true, content: json({ $ref: "#/components/schemas/BookAppointmentInput" }) },
          responses: {
            "201": { description: "Booked", content: json({ type: "object", properties: { appointment: { $ref: "#/components/schemas/Appointment" }, replayed: { const: false } } }) },
            "200": { description: "Already booked with this key", content: json({ type: "object", properties: { appointment: { $ref: "#/components/schemas/Appointment" }, replayed: { const: true } } }) },
            ...errors("not_found", "slot_taken", "outside_availability", "invalid_input"),
          },
        },
      },
      "/appointments/{appointmentId}": {
        get: {
          operationId: "getAppointment",
          summary: "One of your appointments and what you may do with it",
          parameters: [appointmentIdParameter],
          responses: { "200": { description: "The appointment with choices and deadlines", content: json({ $ref: "#/components/schemas/Appointment" }) }, ...errors("not_found") },
        },
      },
      "/appointments/{appointmentId}/reschedule": {
        post: {
          operationId: "rescheduleAppointment",
          summary: "Move a Scheduled visit to another free slot (before the reschedule cutoff)",
          parameters: [appointmentIdParameter],
          requestBody: { required: true, content: json({ $ref: "#/components/schemas/RescheduleAppointmentInput" }) },
          responses: {
            "200": { description: "Moved (or already at that time: unchanged)", content: json({ type: "object", properties: { appointment: { $ref: "#/components/schemas/Appointment" }, unchanged: { type: "boolean" } } }) },
            ...errors("not_found", "slot_taken", "not_reschedulable", "cutoff_passed", "reschedule_limit", "outside_availability", "invalid_input"),
          },
        },
      },
      "/appointments/{appointmentId}/cancel": {
        post: {
          operationId: "cancelAppointment",
          summary: "Cancel a Scheduled visit with a reason (before the cancel cutoff)",
          parameters: [appointmentIdParameter],
          requestBody: { required: true, content: json({ $ref: "#/components/schemas/CancelAppointmentInput" }) },
          responses: {
            "200": { description: "Cancelled", content: json({ type: "object", properties: { appointment: { $ref: "#/components/schemas/Appointment" } } }) },
            ...errors("not_found", "not_cancellable", "cutoff_passed", "invalid_input"),
          },
        },
      },
    },
  };
}
