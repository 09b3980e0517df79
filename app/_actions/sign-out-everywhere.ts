"use server";

import { z } from "zod";
import { getActor, signOut, signOutEverywhere } from "@/lib/auth";
import { db } from "@/lib/db";

const SignOutEverywhereInput = z.object({ surface: z.enum(["admin", "field", "portal"]).catch("portal") });

/** Ends every session of the signed-in person, this one included, then shows their sign-in page. */
export async function signOutEverywhereAction(formData: FormData): Promise<void> {
  const { surface } = SignOutEverywhereInput.parse({ surface: formData.get("surface") });
  const actor = await getActor();
  if (actor) await signOutEverywhere(db, { userId: actor.userId, now: new Date() });
  await signOut({ redirectTo: `/${surface}/sign-in?signedOut=everywhere` });
}
