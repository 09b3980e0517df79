"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth";

const SignOutInput = z.object({ surface: z.enum(["admin", "field", "portal"]).catch("portal") });

/** Ends this device's session (its database row too) and returns to the surface's sign-in page. */
export async function signOutAction(formData: FormData): Promise<void> {
  const { surface } = SignOutInput.parse({ surface: formData.get("surface") });
  await signOut({ redirectTo: `/${surface}/sign-in` });
}
