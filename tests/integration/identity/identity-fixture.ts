/**
 * Shared set-up of the identity integration tests: staff actors of each role, contacts, and a
 * text dump of every table (what a stolen backup would show). Real parts only.
 */
import { randomUUID } from "node:crypto";
import type { PrismaClient, StaffRole } from "@prisma/client";
import { type StaffActor } from "@/lib/auth";
import { createInvitation } from "@/lib/identity";
import { ensureReferenceData } from "@/lib/db/reference-data";
import { SETTINGS_ID } from "@/lib/db/types";
import { TEST_SECRET_KEY } from "../mail/mail-fixture";

// Codes are sealed with the app's key; the test workers send with the same one.
process.env.FIELDBOOK_SECRET_KEY = TEST_SECRET_KEY;

export const PORTAL_ORIGIN = "https://portal.brightwater.test";
export const PASSWORD = "violet tram at dawn";

export async function createStaff(db: PrismaClient, role: StaffRole, name = `${role.toLowerCase()} ${randomUUID().slice(0, 8)}`): Promise<StaffActor> {
  const user = await db.user.create({
    data: { email: `${name.replace(/\s+/g, ".")}@staff.test`, name, staffRole: role },
  });
  return { kind: "staff", userId: user.id, role, email: user.email, name: user.name };
}

export async function setUpIdentity(db: PrismaClient) {
  await ensureReferenceData(db);
  await db.settings.update({ where: { id: SETTINGS_ID }, data: { companyName: "Brightwater Services" } });
  const [admin, dispatcher, technician] = await Promise.all([
    createStaff(db, "ADMIN"),
    createStaff(db, "DISPATCHER"),
    createStaff(db, "TECHNICIAN"),
  ]);
  return { admin, dispatcher, technician };
}

export async function createContactRow(db: PrismaClient, overrides: { email?: string | null; firstName?: string; lastName?: string } = {}) {
  return db.contact.create({
    data: {
      firstName: overrides.firstName ?? "Claire",
      lastName: overrides.lastName ?? "Martin",
      email: overrides.email === undefined ? `claire.${randomUUID().slice(0, 8)}@example.com` : overrides.email,
      timeZone: "Europe/Paris",
    },
  });
}

/** A manual invitation for a new contact; returns the code (formatted) and the rows' ids. */
export async function invite(
  db: PrismaClient,
  by: StaffActor,
  now: Date,
  options: { maxRedemptions?: number; expiresInDays?: number; sendEmail?: boolean; contactId?: string } = {},
) {
  const contactId = options.contactId ?? (await createContactRow(db)).id;
  const result = await createInvitation(db, {
    input: {
      contactId,
      expiresInDays: options.expiresInDays ?? 14,
      maxRedemptions: options.maxRedemptions ?? 1,
      sendEmail: options.sendEmail ?? false,
    },
    by,
    now,
    portalOrigin: PORTAL_ORIGIN,
  });
  if (!result.ok) throw new Error(`createInvitation failed: ${result.code}`);
  return { contactId, ...result.value };
}

/** Every row of every table of the public and pgboss schemas, as text: what a dump contains. */
export async function dumpDatabase(db: PrismaClient): Promise<string> {
  const tables = await db.$queryRaw<{ schema: string; name: string }[]>`
    SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
    WHERE table_schema IN ('public', 'pgboss') AND table_type = 'BASE TABLE'`;
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM "${table.schema}"."${table.name}" t`);
    parts.push(...rows.map((entry) => `${table.schema}.${table.name}: ${entry.row}`));
  }
  return parts.join("\n");
}

/** An invitation's row, for "refused, row unchanged" checks. */
export function invitationRow(db: PrismaClient, id: string) {
  return db.invitation.findUniqueOrThrow({ where: { id } });
}
