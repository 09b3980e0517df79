/**
 * The development mail catcher (issue 4, "Embedded default"): an SMTP server on loopback that
 * `npm start` runs so the demo company's mailbox sends somewhere a newcomer can read
 * (Admin → Mail catcher). Here: when it runs, and how Next.js knows that it does.
 *
 * It runs by default with the embedded database (the demo set-up); with DATABASE_URL (your
 * own PostgreSQL) only when MAIL_CATCHER_PORT names a port; never in production
 * (NODE_ENV=production with DATABASE_URL); MAIL_CATCHER_PORT=0 or "off" turns it off.
 * No `server-only`: scripts/start.ts reads it too.
 */

export const MAIL_CATCHER_DEFAULT_PORT = 1025;
export const MAIL_CATCHER_HOST = "127.0.0.1";

/**
 * Set by `npm start` in Next.js's environment, to "127.0.0.1:<port>", only while it runs the
 * catcher. Admin → Mail catcher refuses to show anything when it is absent.
 */
export const MAIL_CATCHER_RUNNING_VARIABLE = "FIELDBOOK_MAIL_CATCHER";

type Environment = Readonly<Record<string, string | undefined>>;

export type MailCatcherPlan = { run: true; port: number } | { run: false; reason: string };

/** A real deployment: production mode on a database of its own. */
export function isProductionDeployment(env: Environment): boolean {
  return env.NODE_ENV === "production" && Boolean(env.DATABASE_URL);
}

/** Whether `npm start` runs the catcher, and on which port. Throws on a malformed port. */
export function mailCatcherPlan(env: Environment): MailCatcherPlan {
  const setting = env.MAIL_CATCHER_PORT?.trim().toLowerCase() ?? "";
  if (["0", "off", "false", "no"].includes(setting)) return { run: false, reason: "MAIL_CATCHER_PORT turns it off" };
  if (isProductionDeployment(env)) return { run: false, reason: "never in production (NODE_ENV=production with DATABASE_URL)" };
  if (setting === "") {
    return env.DATABASE_URL
      ? { run: false, reason: "DATABASE_URL is set: set MAIL_CATCHER_PORT to run it with your own database" }
      : { run: true, port: MAIL_CATCHER_DEFAULT_PORT };
  }
  const port = Number(setting);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`MAIL_CATCHER_PORT must be a port number (1–65535), 0 or "off"; got "${env.MAIL_CATCHER_PORT}".`);
  }
  return { run: true, port };
}

/**
 * Where the catcher `npm start` runs listens, or null when none runs: Admin → Mail catcher
 * shows caught messages only when this is not null. (Next.js always runs with
 * NODE_ENV=production under `npm start`, so NODE_ENV cannot tell a demo from a deployment;
 * `npm start` sets this variable only when it started the catcher, never in production.)
 */
export function runningMailCatcher(env: Environment = process.env): { host: string; port: number } | null {
  const match = /^(.+):(\d+)$/.exec(env[MAIL_CATCHER_RUNNING_VARIABLE] ?? "");
  return match ? { host: match[1]!, port: Number(match[2]) } : null;
}
