/**
 * Staff management input (Admin → Staff), shared by the forms and the actions. Messages are
 * next-intl keys. The password policy itself (length, common passwords, the email) is applied
 * by the use cases, which know the account's email.
 */
import { z } from "zod";

const E = "admin.staff.errors";

export const STAFF_ROLES = ["ADMIN", "DISPATCHER", "TECHNICIAN"] as const;
export type StaffRoleName = (typeof STAFF_ROLES)[number];

const StaffRoleInput = z.enum(STAFF_ROLES, `${E}.roleInvalid`);
const StaffUserId = z.uuid(`${E}.notFound`);

export const CreateStaffMemberInput = z.object({
  name: z.string(`${E}.nameRequired`).trim().min(1, `${E}.nameRequired`).max(100, `${E}.nameTooLong`),
  email: z
    .string(`${E}.emailInvalid`)
    .trim()
    .toLowerCase()
    .max(254, `${E}.emailInvalid`)
    .pipe(z.email(`${E}.emailInvalid`)),
  role: StaffRoleInput,
  /** The initial password, told to the person by the admin; they change it from their profile. */
  password: z.string(`${E}.passwordRequired`).min(1, `${E}.passwordRequired`).max(1024, `${E}.passwordRequired`),
});
export type CreateStaffMemberInput = z.infer<typeof CreateStaffMemberInput>;

export const ChangeStaffRoleInput = z.object({ userId: StaffUserId, role: StaffRoleInput });
export type ChangeStaffRoleInput = z.infer<typeof ChangeStaffRoleInput>;

/** Disable or enable. */
export const StaffMemberIdInput = z.object({ userId: StaffUserId });
export type StaffMemberIdInput = z.infer<typeof StaffMemberIdInput>;

export const ResetStaffPasswordInput = z.object({
  userId: StaffUserId,
  password: z.string(`${E}.passwordRequired`).min(1, `${E}.passwordRequired`).max(1024, `${E}.passwordRequired`),
});
export type ResetStaffPasswordInput = z.infer<typeof ResetStaffPasswordInput>;
