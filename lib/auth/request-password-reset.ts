/**
 * "Forgot password?" (product.md §1): emails a single-use link valid 30 minutes, only when the
 * password-reset process can send. The answer is the same whether or not the email belongs to
 * a customer, and costs about the same time: the email is rendered either way, and only the
 * token row and the queued email (one transaction) are skipped for an unknown address.
 * Requests are limited per email address and per client, counted whether or not the address
 * exists, so the limit tells nothing either. The token is stored hashed; the queued email
 * carries it sealed (lib/mail sealed secrets), so neither table holds it in clear.
 */
import { renderEmail } from "@/emails/render";
import { type Db } from "@/lib/db";
import { findEmailBrand, queueEmail, secretPlaceholder } from "@/lib/mail";
import { fail, ok, type Fail, type Ok } from "@/lib/result";
import { isPasswordResetAvailable } from "./password-reset-availability";
import {
  hashPasswordResetToken,
  newPasswordResetToken,
  PASSWORD_RESET_TOKEN_MINUTES,
  passwordResetUrl,
} from "./password-reset-tokens";
import { hitRateLimit, type RateLimitRule } from "./rate-limit";

/** 3 requests per address per hour: enough for "it didn't arrive", too few to flood an inbox. */
export const PASSWORD_RESET_REQUESTS_PER_EMAIL: RateLimitRule = { limit: 3, windowSeconds: 60 * 60 };
/** 20 requests per client address per hour, whatever the addresses. */
export const PASSWORD_RESET_REQUESTS_PER_CLIENT: RateLimitRule = { limit: 20, windowSeconds: 60 * 60 };

export interface RequestPasswordReset {
  /** Trimmed and lowercased (schemas.ts). */
  email: string;
  /** The client's address, for throttling; null when unknown. */
  clientKey: string | null;
  /** Where people reach this site ("https://portal.example.com"): the link points there. */
  appUrl: string;
  /** The requester's language, used when the account has none saved. */
  locale: string;
  now: Date;
}

export type RequestPasswordResetResult =
  | Ok<void>
  /** The process is off, or its sender has no enabled mailbox: nothing can be sent. */
  | Fail<"unavailable">
  | (Fail<"too_many_requests"> & { retryAt: Date });

export async function requestPasswordReset(db: Db, cmd: RequestPasswordReset): Promise<RequestPasswordResetResult> {
  if (!(await isPasswordResetAvailable(db))) return fail("unavailable");

  const limits = [await hitRateLimit(db, `password-reset:email:${cmd.email}`, PASSWORD_RESET_REQUESTS_PER_EMAIL, cmd.now)];
  if (cmd.clientKey) {
    limits.push(await hitRateLimit(db, `password-reset:client:${cmd.clientKey}`, PASSWORD_RESET_REQUESTS_PER_CLIENT, cmd.now));
  }
  const blocking = limits.filter((state) => state.limited);
  if (blocking.length > 0) {
    return {
      ...fail("too_many_requests"),
      retryAt: new Date(Math.max(...blocking.map((state) => state.retryAt.getTime()))),
    };
  }

  // Portal customers only (product.md §1); a disabled account gets nothing.
  const user = await db.user.findFirst({
    where: { email: cmd.email, contactId: { not: null }, disabledAt: null },
    select: { id: true, email: true, name: true, locale: true, contactId: true },
  });

  const token = newPasswordResetToken();
  const expiresAt = new Date(cmd.now.getTime() + PASSWORD_RESET_TOKEN_MINUTES * 60_000);
  const { brand, timeZone } = await findEmailBrand(db);
  const email = await renderEmail(
    "password-reset",
    {
      recipientName: user?.name ?? null,
      // The outbox row holds a placeholder; the token travels sealed and is filled in when sending.
      resetUrl: passwordResetUrl(cmd.appUrl, secretPlaceholder("token")),
      validForMinutes: PASSWORD_RESET_TOKEN_MINUTES,
      expiresAt: expiresAt.toISOString(),
      timeZone,
    },
    { locale: user?.locale ?? cmd.locale, brand },
  );
  if (!user) return ok();

  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { tokenHash: hashPasswordResetToken(token), userId: user.id, expiresAt, createdAt: cmd.now },
    });
    // The PASSWORD_RESET notification's sender (the process's From) sends it (sender-routing.ts).
    await queueEmail(tx, {
      ...email,
      to: [user.email],
      template: "password-reset",
      notification: "PASSWORD_RESET",
      contactId: user.contactId ?? undefined,
      secrets: { token },
    });
  });
  return ok();
}
