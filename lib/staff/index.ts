// Staff management's public face (Admin → Staff, product.md §4): every change is one use case
// that writes its audit row in its own transaction.
export { createStaffMember, type CreateStaffMemberError } from "./create-staff-member";
export { changeStaffRole, type ChangeStaffRoleError } from "./change-staff-role";
export { disableStaffMember, type DisableStaffMemberError } from "./disable-staff-member";
export { enableStaffMember } from "./enable-staff-member";
export { resetStaffPassword, type ResetStaffPasswordError } from "./reset-staff-password";
export { listStaffMembers, type StaffMemberSummary } from "./queries";
export { type StaffChange, type StaffManager } from "./staff-actor";
