/**
 * The development mail catcher `npm start` runs (lib/mail/mail-catcher-config.ts decides
 * when): an SMTP server on 127.0.0.1 that accepts every message, parses it with mailparser
 * and stores it in `caught_emails` for Admin → Mail catcher. It never relays anything.
 * Keeps the newest `keep` messages (default 1,000).
 */
import type { AddressObject } from "mailparser";
import { simpleParser } from "mailparser";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { MAIL_CATCHER_HOST } from "../lib/mail/mail-catcher-config";

/** Text attachments (the ICS) keep their content up to this size for the catcher page. */
const MAX_KEPT_ATTACHMENT_BYTES = 64 * 1024;
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface MailCatcherOptions {
  connectionString: string;
  /** 0 picks a free port (tests). */
  port: number;
  log?: (message: string) => void;
  keep?: number;
}

export interface RunningMailCatcher {
  host: string;
  port: number;
  stop(): Promise<void>;
}

/** Text parts and calendar files keep their content, so the page can show an invitation's ICS. */
function isReadableText(contentType: string): boolean {
  return contentType.startsWith("text/") || contentType === "application/ics";
}

/** "Brightwater Services <bookings@brightwater.test>", without the quotes mailparser keeps. */
function headerText(header: AddressObject | AddressObject[] | undefined): string {
  if (!header) return "";
  return (Array.isArray(header) ? header : [header])
    .flatMap((group) => group.value)
    .map((entry) => (entry.name ? `${entry.name} <${entry.address ?? ""}>` : (entry.address ?? "")))
    .join(", ");
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<RunningMailCatcher> {
  const log = options.log ?? (() => {});
  const keep = options.keep ?? 1000;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2, application_name: "fieldbook-mail-catcher" });
  pool.on("error", (error) => log(`Mail catcher database error: ${error.message}`));

  async function store(raw: Buffer, envelopeTo: string[]): Promise<void> {
    const parsed = await simpleParser(raw);
    const attachments = parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? null,
      contentType: attachment.contentType,
      size: attachment.size,
      ...(isReadableText(attachment.contentType) && attachment.size <= MAX_KEPT_ATTACHMENT_BYTES ? { content: attachment.content.toString("utf8") } : {}),
    }));
    await pool.query(
      `INSERT INTO caught_emails (id, received_at, "from", "to", subject, html, text, message_id, attachments)
       VALUES (gen_random_uuid(), now(), $1, $2, $3, $4, $5, $6, $7)`,
      [
        headerText(parsed.from),
        envelopeTo.map((address) => address.toLowerCase()),
        parsed.subject ?? "",
        typeof parsed.html === "string" ? parsed.html : null,
        parsed.text ?? null,
        parsed.messageId ?? null,
        JSON.stringify(attachments),
      ],
    );
    await pool.query(
      `DELETE FROM caught_emails WHERE id IN (SELECT id FROM caught_emails ORDER BY received_at DESC, id DESC OFFSET $1)`,
      [keep],
    );
  }

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    banner: "Fieldbook development mail catcher: nothing is relayed",
    closeTimeout: 1000,
    // Any login works: a mailbox configured with credentials can point here too.
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "catcher" });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error("Message too large for the mail catcher"), { responseCode: 552 }));
          return;
        }
        store(
          Buffer.concat(chunks),
          session.envelope.rcptTo.map((recipient) => recipient.address),
        ).then(
          () => callback(),
          (error: Error) => {
            log(`Mail catcher could not store a message: ${error.message}`);
            callback(Object.assign(new Error("Mail catcher could not store the message"), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on("error", (error) => log(`Mail catcher error: ${error.message}`));

  const port = await new Promise<number>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${options.port} (mail catcher) is already in use. Stop the other process or set MAIL_CATCHER_PORT (0 or "off" turns the catcher off).`)
          : error,
      );
    };
    server.server.once("error", onError);
    server.listen(options.port, MAIL_CATCHER_HOST, () => {
      server.server.off("error", onError);
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : options.port);
    });
  }).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });

  return {
    host: MAIL_CATCHER_HOST,
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
