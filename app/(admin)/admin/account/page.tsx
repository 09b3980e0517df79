import { requirePermission } from "@/lib/auth";
import { StaffAccountPage, staffAccountMetadata } from "../../../_components/staff-account-page";

export const generateMetadata = staffAccountMetadata;

export default async function AdminAccountPage() {
  const actor = await requirePermission("dashboard:view");
  return <StaffAccountPage surface="admin" email={actor.email} />;
}
