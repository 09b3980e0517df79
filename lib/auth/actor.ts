/** Who is calling: a staff member or a portal customer (isomorphic types). */
import { type StaffRole } from "@prisma/client";

export interface StaffActor {
  kind: "staff";
  userId: string;
  role: StaffRole;
  email: string;
  name: string | null;
}

export interface CustomerActor {
  kind: "customer";
  userId: string;
  contactId: string;
  email: string;
  name: string | null;
}

export type Actor = StaffActor | CustomerActor;
