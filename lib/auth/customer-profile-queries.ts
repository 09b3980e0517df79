import { type Db } from "@/lib/db";

export interface CustomerProfile {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  locale: string | null;
  /** False for someone who signs in only through a provider. */
  hasPassword: boolean;
}

/** The signed-in customer's own details (their contact and user rows); null when gone. */
export async function findCustomerProfile(db: Db, customer: { userId: string; contactId: string }): Promise<CustomerProfile | null> {
  const user = await db.user.findFirst({
    where: { id: customer.userId, contactId: customer.contactId },
    select: {
      email: true,
      locale: true,
      passwordHash: true,
      contact: { select: { firstName: true, lastName: true, phone: true } },
    },
  });
  if (!user?.contact) return null;
  return {
    email: user.email,
    firstName: user.contact.firstName,
    lastName: user.contact.lastName,
    phone: user.contact.phone,
    locale: user.locale,
    hasPassword: user.passwordHash !== null,
  };
}
