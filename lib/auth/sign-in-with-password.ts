/** Password sign-in: verify (throttled), then open a database session for the user. */
import { type StaffRole } from "@prisma/client";
import { type Db } from "@/lib/db";
import { ok, type Ok } from "@/lib/result";
import { createSession } from "./sessions";
import { verifyCredentials, type VerifyCredentials, type VerifyCredentialsResult } from "./verify-credentials";

export type SignInWithPasswordResult =
  Exclude<VerifyCredentialsResult, { ok: true }> | Ok<{ sessionToken: string; staffRole: StaffRole | null }>;

export async function signInWithPassword(db: Db, cmd: VerifyCredentials): Promise<SignInWithPasswordResult> {
  const verified = await verifyCredentials(db, cmd);
  if (!verified.ok) return verified;
  const sessionToken = await createSession(db, verified.value.userId, cmd.now);
  return ok({ sessionToken, staffRole: verified.value.staffRole });
}
