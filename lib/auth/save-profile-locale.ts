import { type Db } from "@/lib/db";

/** Remembers a signed-in person's language on their profile, so every device follows it. */
export async function saveProfileLocale(db: Db, userId: string, locale: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
