/**
 * A real SMTP server on loopback for mail tests (smtp-server + mailparser): every message it
 * accepts is parsed and kept, in order. Stop and start it again on the same port to simulate
 * an outage; give it a user and password to test authentication; refuse some recipients to
 * test permanent failures.
 *
 *   const smtp = await startTestSmtpServer();
 *   … send to 127.0.0.1:smtp.port …
 *   await waitUntil(() => smtp.messages.length === 1);
 */
import type { AddressObject, ParsedMail } from "mailparser";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

export interface ReceivedMessage {
  /** SMTP envelope: MAIL FROM and every RCPT TO. */
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
  raw: string;
}

export interface TestSmtpServerOptions {
  /** Require AUTH with these credentials (PLAIN/LOGIN over the plain connection). */
  auth?: { user: string; pass: string };
  /** Answer RCPT TO for this address with an SMTP error, e.g. { code: 550, message: "No such user" }. */
  refuseRecipient?: (address: string) => { code: number; message: string } | null;
}

export interface TestSmtpServer {
  readonly port: number;
  /** Messages accepted so far, in arrival order. */
  readonly messages: ReceivedMessage[];
  /** Logins refused so far. */
  readonly refusedLogins: number;
  readonly running: boolean;
  /** Closes the port and drops open connections (an outage). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/** Every address of a parsed To/Cc header. */
export function addressesOf(header: AddressObject | AddressObject[] | undefined): string[] {
  const groups = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return groups.flatMap((group) => group.value.map((entry) => entry.address ?? ""));
}

export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMessage[] = [];
  let refusedLogins = 0;
  let port = 0;
  let server: SMTPServer | undefined;

  const create = () =>
    new SMTPServer({
      secure: false,
      disabledCommands: options.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
      authOptional: !options.auth,
      allowInsecureAuth: true,
      logger: false,
      // An outage: open connections go at once.
      closeTimeout: 50,
      onAuth(auth, _session, callback) {
        if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
          callback(null, { user: auth.username });
          return;
        }
        refusedLogins++;
        callback(Object.assign(new Error("Authentication credentials invalid"), { responseCode: 535 }));
      },
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        const refusal = options.refuseRecipient?.(address.address);
        if (refusal) callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          simpleParser(raw)
            .then((parsed) => {
              messages.push({
                envelope: {
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
                  to: session.envelope.rcptTo.map((recipient) => recipient.address),
                },
                parsed,
                raw,
              });
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = create();
      server.on("error", () => {});
      const onError = (error: Error) => reject(error);
      server.server.once("error", onError);
      server.listen(port, "127.0.0.1", () => {
        server!.server.off("error", onError);
        const address = server!.server.address();
        if (typeof address === "object" && address) port = address.port;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return port;
    },
    messages,
    get refusedLogins() {
      return refusedLogins;
    },
    get running() {
      return server !== undefined;
    },
    async stop() {
      const current = server;
      server = undefined;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    async start() {
      if (!server) await listen();
    },
  };
}

/**
 * Polls `condition` until it holds; fails with `description` after `timeoutMs`. For outcomes
 * that happen asynchronously (a worker delivering): no fixed sleeps in tests.
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, description: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
