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

const ROLE_ORDER: Record<StaffRole, number> = { ADMIN: 0, DISPATCHER: 1, TECHNICIAN: 2 };

/** Every staff member: enabled ones first, then admins, dispatchers, technicians, each by name. */
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
  // Stable sort: the name order of the query stays within each group.
  return members.sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}
