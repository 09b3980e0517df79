/**
 * Who may see which appointments — as a WHERE clause, never an `if` after the fetch
 * (style.md): a customer sees their contact's, a technician their own visits, dispatchers and
 * admins every one. Foreign, missing and malformed ids all come back as `not_found`.
 */
import { type Prisma } from "@prisma/client";
import type { Actor, StaffActor } from "@/lib/auth";
import { type LifecycleActor } from "./lifecycle";

export type { Actor as BookingActor };

export function visibleTo(by: Actor): Prisma.AppointmentWhereInput {
  if (by.kind === "customer") return { contactId: by.contactId };
  if (by.role === "TECHNICIAN") return { technician: { userId: by.userId } };
  return {};
}

/** Dispatchers and admins steer every booking (product.md §4). */
export function isDispatcher(by: Actor): by is StaffActor {
  return by.kind === "staff" && (by.role === "ADMIN" || by.role === "DISPATCHER");
}

export function lifecycleActor(by: Actor): LifecycleActor {
  return by.kind === "customer" ? { kind: "customer" } : { kind: "staff", role: by.role };
}

/** The idempotency key as stored: one namespace per contact, so customers never collide. */
export function storedIdempotencyKey(contactId: string, key: string): string {
  return `${contactId}:${key}`;
}
