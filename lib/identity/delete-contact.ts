import "server-only";
import { can, type StaffActor } from "@/lib/auth";
import { postgresErrorCode, type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { writeAuditLog } from "./audit";

/**
 * Deletes a contact for good (schema: personal data goes), with its portal profile, sessions,
 * invitations and web roles; refused while appointments reference it. The automatic-invitation
 * ledger keeps the email, so re-creating the contact does not invite it again.
 */
export async function deleteContact(
  db: Db,
  cmd: { contactId: string; by: StaffActor; now: Date },
): Promise<Result<void, "forbidden" | "not_found" | "has_appointments">> {
  if (!can(cmd.by.role, "contacts:manage")) return fail("forbidden");
  try {
    return await removeContact(db, cmd);
  } catch (error) {
    // SQLSTATE foreign_key_violation: an appointment was booked for the contact meanwhile.
    if (postgresErrorCode(error) === "23503") return fail("has_appointments");
    throw error;
  }
}

function removeContact(db: Db, cmd: { contactId: string; by: StaffActor; now: Date }) {
  return db.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({
      where: { id: cmd.contactId },
      select: { id: true, firstName: true, lastName: true, user: { select: { id: true } }, _count: { select: { appointments: true } } },
    });
    if (!contact) return fail("not_found");
    if (contact._count.appointments > 0) return fail("has_appointments");
    // The FK from appointments is RESTRICT: an appointment booked meanwhile makes this throw
    // (caught above), and the transaction leaves the contact as it was.
    const { count } = await tx.contact.deleteMany({ where: { id: contact.id } });
    if (count === 0) return fail("not_found");
    await writeAuditLog(tx, {
      actorUserId: cmd.by.userId,
      action: "contact.deleted",
      entityType: "contact",
      entityId: contact.id,
      data: { name: `${contact.firstName} ${contact.lastName}`, hadPortalProfile: contact.user !== null },
      now: cmd.now,
    });
    return ok();
  });
}
