import "server-only";
import { type Tx } from "@/lib/db";
import { NEW_ACCOUNT } from "./schemas";

/**
 * The account a contact form chose, as an id to store: null for "No account", a new account
 * created here for "New account…", an existing one's id; undefined when that one does not exist.
 */
export async function resolveCustomerAccount(
  tx: Tx,
  choice: { customerAccountId: string; newAccountName: string | null },
  now: Date,
): Promise<string | null | undefined> {
  if (choice.customerAccountId === "") return null;
  if (choice.customerAccountId === NEW_ACCOUNT) {
    const account = await tx.customerAccount.create({ data: { name: choice.newAccountName!, createdAt: now }, select: { id: true } });
    return account.id;
  }
  const account = await tx.customerAccount.findUnique({ where: { id: choice.customerAccountId }, select: { id: true } });
  return account?.id;
}
