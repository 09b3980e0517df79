import { type Db } from "@/lib/db";

export interface LinkedExternalAccount {
  provider: string;
  linkedAt: Date;
}

/** The provider links of one person (the profile's "Manage external authentication"). */
export async function listLinkedExternalAccounts(db: Db, userId: string): Promise<LinkedExternalAccount[]> {
  const accounts = await db.account.findMany({
    where: { userId },
    select: { provider: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return accounts.map((account) => ({ provider: account.provider, linkedAt: account.createdAt }));
}
