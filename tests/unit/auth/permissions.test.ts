// The staff permission table: each role can do its own tasks and nothing more.
import { describe, expect, it } from "vitest";
import { can, homePathFor, STAFF_PERMISSIONS, type StaffPermission } from "@/lib/auth/permissions";

const EXPECTED: Record<StaffPermission, { ADMIN: boolean; DISPATCHER: boolean; TECHNICIAN: boolean }> = {
  "dashboard:view": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "settings:manage": { ADMIN: true, DISPATCHER: false, TECHNICIAN: false },
  "staff:manage": { ADMIN: true, DISPATCHER: false, TECHNICIAN: false },
  "audit-log:view": { ADMIN: true, DISPATCHER: false, TECHNICIAN: false },
  "outbox:view": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "outbox:retry": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "mail-catcher:view": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "contacts:manage": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "invitations:manage": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "web-roles:manage": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "web-roles:define": { ADMIN: true, DISPATCHER: false, TECHNICIAN: false },
  "catalogue:manage": { ADMIN: true, DISPATCHER: false, TECHNICIAN: false },
  "bookings:manage": { ADMIN: true, DISPATCHER: true, TECHNICIAN: false },
  "portal-settings:manage": { ADMIN: true, DISPATCHER: false, TECHNICIAN: false },
  "field:use": { ADMIN: false, DISPATCHER: false, TECHNICIAN: true },
};

describe("staff permissions", () => {
  it("covers every permission in the expectations table", () => {
    expect(Object.keys(STAFF_PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [permission, roles] of Object.entries(EXPECTED) as [StaffPermission, (typeof EXPECTED)[StaffPermission]][]) {
    for (const [role, allowed] of Object.entries(roles) as ["ADMIN" | "DISPATCHER" | "TECHNICIAN", boolean][]) {
      it(`${allowed ? "lets" : "keeps"} ${role.toLowerCase()} ${allowed ? "do" : "from"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("sends each role home to the surface it may use", () => {
    expect(homePathFor("ADMIN")).toBe("/admin");
    expect(homePathFor("DISPATCHER")).toBe("/admin");
    expect(homePathFor("TECHNICIAN")).toBe("/field");
  });
});
