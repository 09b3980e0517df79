import { type Db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { type UpdateCustomerProfileInput } from "./schemas";

/**
 * A customer edits their own name, phone and language. The name lives on their contact (what
 * staff see) and on their user (what the portal greets them with); both change together.
 * Ownership is the WHERE: the contact must be the signed-in user's own.
 */
export async function updateCustomerProfile(
  db: Db,
  cmd: { input: UpdateCustomerProfileInput; customer: { userId: string; contactId: string } },
): Promise<Result<void, "not_found">> {
  const { firstName, lastName, phone, locale } = cmd.input;
  return db.$transaction(async (tx) => {
    const { count } = await tx.contact.updateMany({
      where: { id: cmd.customer.contactId, user: { id: cmd.customer.userId } },
      data: { firstName, lastName, phone },
    });
    if (count === 0) return fail("not_found");
    await tx.user.update({ where: { id: cmd.customer.userId }, data: { name: `${firstName} ${lastName}`, locale } });
    return ok();
  });
}
