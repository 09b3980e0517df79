"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getActor, saveProfileLocale } from "@/lib/auth";
import { db } from "@/lib/db";
import { localeCookieMaxAgeSeconds, localeCookieName, SetLocaleInput } from "@/lib/i18n";

/**
 * The language switcher's action: remembers the choice on the signed-in person's profile and
 * in the `NEXT_LOCALE` cookie, which lib/i18n/request.ts reads on every request.
 * An unknown locale changes nothing.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = SetLocaleInput.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;

  const actor = await getActor();
  if (actor) await saveProfileLocale(db, actor.userId, parsed.data.locale);

  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, parsed.data.locale, {
    path: "/",
    maxAge: localeCookieMaxAgeSeconds,
    sameSite: "lax",
    httpOnly: true,
  });
  // Every page is rendered in the request's language: re-render the one on screen.
  revalidatePath("/", "layout");
}
