/**
 * The outbox's rules, apart from any I/O: which SMTP failures are worth retrying, how long
 * to wait before the next attempt, and the Message-ID of a row.
 */

export type FailureKind = "transient" | "permanent";

/** A failure the SMTP server answered with a code, or a local one nodemailer reports. */
interface SmtpLikeError {
  code?: unknown;
  responseCode?: unknown;
  rejectedErrors?: unknown;
}

/** Local errors about the message itself (bad address, bad content): retrying changes nothing. */
const PERMANENT_LOCAL_CODES = new Set(["EENVELOPE", "EMESSAGE"]);

function responseCodeOf(error: SmtpLikeError): number | undefined {
  return typeof error.responseCode === "number" ? error.responseCode : undefined;
}

/**
 * 5xx answers (550 mailbox unknown, 535 authentication refused, 554 rejected) and invalid
 * addresses are permanent; 4xx answers (greylisting, mailbox busy, 421 shutting down) and
 * connection trouble (refused, timeout, reset, TLS) are transient. When every recipient was
 * refused, the refusals decide: any 4xx among them makes it worth another try. Anything
 * unrecognised is transient: retries are bounded by the attempt limit.
 */
export function classifyFailure(error: unknown): FailureKind {
  if (typeof error !== "object" || error === null) return "transient";
  const smtpError = error as SmtpLikeError;
  if (Array.isArray(smtpError.rejectedErrors) && smtpError.rejectedErrors.length > 0) {
    const codes = smtpError.rejectedErrors.map((rejection) => responseCodeOf((rejection ?? {}) as SmtpLikeError));
    return codes.some((code) => code === undefined || (code >= 400 && code < 500)) ? "transient" : "permanent";
  }
  const responseCode = responseCodeOf(smtpError);
  if (responseCode !== undefined) return responseCode >= 500 ? "permanent" : "transient";
  return typeof smtpError.code === "string" && PERMANENT_LOCAL_CODES.has(smtpError.code) ? "permanent" : "transient";
}

export interface BackoffPolicy {
  /** Wait before the second attempt; doubles for each further one. */
  retryDelaySeconds: number;
  /** Cap of the wait between two attempts. */
  maxRetryDelaySeconds: number;
  /** Attempts before a transient failure becomes FAILED. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retryDelaySeconds: 30, maxRetryDelaySeconds: 3600, maxAttempts: 10 };

/**
 * Seconds to wait after the `attemptsMade`-th attempt failed: base, 2×base, 4×base… up to the
 * cap (defaults: 30 s, 1 min, 2 min … 1 h; ten attempts span about three hours).
 */
export function retryDelaySeconds(attemptsMade: number, policy: BackoffPolicy): number {
  const exponent = Math.max(0, attemptsMade - 1);
  return Math.min(policy.retryDelaySeconds * 2 ** Math.min(exponent, 30), policy.maxRetryDelaySeconds);
}

/** What the worker does after a failed attempt. */
export type AfterFailure = { action: "retry"; delaySeconds: number } | { action: "fail"; reason: "permanent" | "attempts_exhausted" };

export function decideAfterFailure(kind: FailureKind, attemptsMade: number, policy: BackoffPolicy): AfterFailure {
  if (kind === "permanent") return { action: "fail", reason: "permanent" };
  if (attemptsMade >= policy.maxAttempts) return { action: "fail", reason: "attempts_exhausted" };
  return { action: "retry", delaySeconds: retryDelaySeconds(attemptsMade, policy) };
}

/**
 * The Message-ID of an outbox row, the same on every attempt: "<row id@sender's domain>".
 * A recipient's server that got an earlier attempt can recognise the copy.
 */
export function outboxMessageId(outboxEmailId: string, fromAddress: string): string {
  const domain = fromAddress.split("@")[1]?.trim() || "fieldbook.invalid";
  return `<${outboxEmailId}@${domain}>`;
}
