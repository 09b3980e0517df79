import { requirePermission } from "@/lib/auth";
import { StaffAccountPage, staffAccountMetadata } from "../../../_components/staff-account-page";

export const generateMetadata = staffAccountMetadata;

export default async function FieldAccountPage() {
  const actor = await requirePermission("field:use");
  return <StaffAccountPage surface="field" email={actor.email} />;
}
