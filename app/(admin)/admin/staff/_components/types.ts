import { type StaffRoleName } from "@/lib/staff/schemas";

/** One staff member as the Staff page shows them (labels already translated). */
export type StaffMemberView = {
  id: string;
  name: string;
  email: string;
  role: StaffRoleName;
  disabled: boolean;
  isSelf: boolean;
  /** "Added 3 Mar 2026" or "Disabled 4 Mar 2026", formatted in the company's zone. */
  sinceLabel: string;
  /** The technician resource this account works as, and where the catalogue shows it; null when the role needs none. */
  technician: { label: string; linkLabel: string; href: string } | null;
};
