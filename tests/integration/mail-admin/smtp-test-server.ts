/**
 * A real SMTP server on loopback that requires a user name and password (smtp-server), and
 * keeps every message it accepts, parsed (mailparser). No TLS: mailboxes under test use
 * tlsMode NONE. Nothing here is mocked: nodemailer talks SMTP to it.
 */
import { once } from "node:events";
import { type AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpTestServer = {
  port: number;
  messages: ParsedMail[];
  /** The reply the server gives to a wrong password (after "535 "). */
  authFailureText: string;
  /** Called after a message is received, before the server accepts it. */
  beforeAccept?: () => Promise<void>;
  close(): Promise<void>;
};

export async function startSmtpTestServer(credentials: { user: string; password: string }): Promise<SmtpTestServer> {
  const authFailureText = "Authentication credentials invalid for this test server";
  const state: SmtpTestServer = {
    port: 0,
    messages: [],
    authFailureText,
    close: async () => {},
  };
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.password) {
        callback(null, { user: auth.username });
        return;
      }
      const error = Object.assign(new Error(authFailureText), { responseCode: 535 });
      callback(error);
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (message) => {
          await state.beforeAccept?.();
          state.messages.push(message);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  state.port = (server.server.address() as AddressInfo).port;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
