/**
 * nodemailer transports built from a Mailbox row, and the "Test and enable mailbox" probe
 * (product.md §4: add SMTP mailbox → approve → test and enable).
 *
 * TLS modes: NONE → plain SMTP, STARTTLS never attempted (local relays, the development
 * catcher); STARTTLS → plain connection that must upgrade (usually port 587);
 * IMPLICIT_TLS → TLS from the first byte (usually 465).
 *
 * Passwords arrive decrypted (the caller decrypts with lib/mail/secret-box.ts) and are never
 * logged: nodemailer's own logger stays off. No `server-only`: the worker runs outside Next.js.
 */
import { connect } from "node:net";
import type { Mailbox } from "@prisma/client";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { fail, ok, type Fail, type Ok } from "../result";
import { decryptSecret, secretKeyFromEnvironment } from "./secret-box";

/** What a transport needs from a mailbox row. */
export type MailboxConnection = Pick<Mailbox, "displayName" | "fromAddress" | "smtpHost" | "smtpPort" | "tlsMode" | "smtpUser"> &
  Partial<Pick<Mailbox, "smtpPasswordEncrypted">>;

/**
 * Bounds on each SMTP step, so a silent server cannot hold a send for nodemailer's default
 * 10 minutes; the worker's claim timeout (outbox-worker.ts) is set well above their sum.
 */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000, dnsTimeout: 30_000 } as const;

export interface PoolOptions {
  /** Simultaneous SMTP connections per mailbox (nodemailer default 5). */
  maxConnections?: number;
  /** Messages per connection before it is recycled (nodemailer default 100). */
  maxMessages?: number;
}

/** "Brightwater Services <bookings@brightwater.test>": the From of every message from this mailbox. */
export function mailboxFrom(mailbox: Pick<Mailbox, "displayName" | "fromAddress">): { name: string; address: string } {
  return { name: mailbox.displayName, address: mailbox.fromAddress };
}

function connectionOptions(mailbox: MailboxConnection, password: string | null): SMTPTransport.Options {
  return {
    host: mailbox.smtpHost,
    port: mailbox.smtpPort,
    secure: mailbox.tlsMode === "IMPLICIT_TLS",
    requireTLS: mailbox.tlsMode === "STARTTLS",
    ignoreTLS: mailbox.tlsMode === "NONE",
    auth: mailbox.smtpUser ? { user: mailbox.smtpUser, pass: password ?? "" } : undefined,
    ...SMTP_TIMEOUTS_MS,
    logger: false,
    debug: false,
  };
}

/** A transport opening one connection per message: for the occasional test message. */
export function createMailboxTransport(mailbox: MailboxConnection, password: string | null): Transporter<SMTPTransport.SentMessageInfo> {
  return nodemailer.createTransport(connectionOptions(mailbox, password));
}

/**
 * Connections with Nagle's algorithm off. With it, the last small write of each message (the
 * end of DATA) waits for the server's delayed ACK, about 40 ms on Linux: a pooled connection
 * then carries ~22 messages a second instead of hundreds (measured against smtp-server on
 * loopback: 46 ms → 2.3 ms per message). nodemailer's pool only takes a socket as an "opened
 * connection": we hand it one that is still connecting, and nodemailer's handlers report a
 * refused connection as usual (a connect that hangs ends at the greeting timeout). Implicit
 * TLS keeps nodemailer's own TLS socket.
 */
function withoutNagle(mailbox: MailboxConnection): Pick<SMTPPool.Options, "getSocket"> {
  if (mailbox.tlsMode === "IMPLICIT_TLS") return {};
  return {
    getSocket(_options, callback) {
      callback(null, { connection: connect({ host: mailbox.smtpHost, port: mailbox.smtpPort, noDelay: true }) });
    },
  };
}

/** A pooled transport (kept connections): for the outbox worker. Close it when done. */
export function createPooledMailboxTransport(
  mailbox: MailboxConnection,
  password: string | null,
  pool: PoolOptions = {},
): Transporter<SMTPPool.SentMessageInfo> {
  return nodemailer.createTransport({ ...connectionOptions(mailbox, password), ...withoutNagle(mailbox), pool: true, ...pool });
}

/** The decrypted SMTP password stored on a mailbox (null when it has none). */
export function storedSmtpPassword(mailbox: Partial<Pick<Mailbox, "smtpPasswordEncrypted">>): string | null {
  if (!mailbox.smtpPasswordEncrypted) return null;
  const decrypted = decryptSecret(mailbox.smtpPasswordEncrypted, secretKeyFromEnvironment());
  if (!decrypted.ok) {
    throw new Error(
      "The mailbox's SMTP password cannot be decrypted: FIELDBOOK_SECRET_KEY is not the key it was saved with. Enter the password again.",
    );
  }
  return decrypted.value;
}

/** The SMTP server's own words when it has some ("535 5.7.8 Authentication failed"), else what went wrong. */
export function smtpErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export interface TestMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
}

export type TestMessageResult =
  | Ok<{ messageId: string }>
  | (Fail<"connection_failed" | "authentication_failed" | "rejected"> & { /** What the SMTP server answered, for the admin. */ serverMessage: string });

function testFailureCode(error: unknown): "connection_failed" | "authentication_failed" | "rejected" {
  const code = (error as { code?: unknown }).code;
  if (code === "EAUTH" || code === "ENOAUTH") return "authentication_failed";
  if (code === "EENVELOPE" || code === "EMESSAGE" || typeof (error as { responseCode?: unknown }).responseCode === "number") return "rejected";
  return "connection_failed";
}

/**
 * "Test and enable mailbox": connects, authenticates (verify), then sends `message` from the
 * mailbox. `password` is the plaintext just typed; `undefined` uses the stored one
 * (smtpPasswordEncrypted), `null` means no password. On failure, `serverMessage` carries the
 * SMTP server's answer so the admin sees why (product.md, failure 5).
 */
export async function verifyAndSendTestMessage(
  mailbox: MailboxConnection,
  password: string | null | undefined,
  message: TestMessage,
): Promise<TestMessageResult> {
  const transport = createMailboxTransport(mailbox, password === undefined ? storedSmtpPassword(mailbox) : password);
  try {
    await transport.verify();
    const info = await transport.sendMail({ from: mailboxFrom(mailbox), to: message.to, subject: message.subject, html: message.html, text: message.text });
    return ok({ messageId: info.messageId });
  } catch (error) {
    return { ...fail(testFailureCode(error)), serverMessage: smtpErrorMessage(error) };
  } finally {
    transport.close();
  }
}
