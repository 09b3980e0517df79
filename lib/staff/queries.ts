/** Reading the staff (Admin → Staff). */
import "server-only";
import { type StaffRole } from "@prisma/client";
import { type Db } from "@/lib/db";

export interface StaffMemberSummary {
  id: string;
  name: string | null;
  email: string;
  role: StaffRole;
  disabledAt: Date | null;
  createdAt: Date;
  /** The technician resource (skills, hours) this account works as, when there is one. */
  technician: { id: string; displayName: string; active: boolean } | null;
}

/** Every staff member: enabled ones first, then by name and email. */
export async function listStaffMembers(db: Db): Promise<StaffMemberSummary[]> {
  const users = await db.user.findMany({
    where: { staffRole: { not: null } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      staffRole: true,
      disabledAt: true,
      createdAt: true,
      technician: { select: { id: true, displayName: true, active: true } },
    },
  });
  const members = users.map(({ staffRole, ...user }) => ({ ...user, role: staffRole! }));
  return [...members.filter((member) => !member.disabledAt), ...members.filter((member) => member.disabledAt)];
}
