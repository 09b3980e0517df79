// lib/mail/mail-catcher-config.ts: when `npm start` runs the development mail catcher.
import { describe, expect, it } from "vitest";
import { isProductionDeployment, mailCatcherPlan, runningMailCatcher } from "@/lib/mail/mail-catcher-config";

const external = "postgresql://fieldbook@db.example.com/fieldbook";

describe("mailCatcherPlan", () => {
  it("runs on 1025 by default with the embedded database", () => {
    expect(mailCatcherPlan({})).toEqual({ run: true, port: 1025 });
    expect(mailCatcherPlan({ MAIL_CATCHER_PORT: "" })).toEqual({ run: true, port: 1025 });
  });

  it("runs on the port MAIL_CATCHER_PORT names, also with your own database", () => {
    expect(mailCatcherPlan({ MAIL_CATCHER_PORT: "2525" })).toEqual({ run: true, port: 2525 });
    expect(mailCatcherPlan({ MAIL_CATCHER_PORT: "2525", DATABASE_URL: external })).toEqual({ run: true, port: 2525 });
  });

  it("does not run with your own database unless asked, when turned off, or ever in production", () => {
    expect(mailCatcherPlan({ DATABASE_URL: external }).run).toBe(false);
    for (const off of ["0", "off", "OFF", "false"]) expect(mailCatcherPlan({ MAIL_CATCHER_PORT: off }).run).toBe(false);
    expect(mailCatcherPlan({ NODE_ENV: "production", DATABASE_URL: external, MAIL_CATCHER_PORT: "1025" })).toMatchObject({ run: false, reason: expect.stringMatching(/production/) });
    // NODE_ENV=production on the embedded demo database is not a deployment.
    expect(mailCatcherPlan({ NODE_ENV: "production" })).toEqual({ run: true, port: 1025 });
  });

  it("refuses a malformed port", () => {
    for (const port of ["abc", "70000", "-1", "25.5"]) expect(() => mailCatcherPlan({ MAIL_CATCHER_PORT: port })).toThrow(/MAIL_CATCHER_PORT must be a port number/);
  });
});

describe("production and the running catcher", () => {
  it("is production only in production mode with a database of its own", () => {
    expect(isProductionDeployment({ NODE_ENV: "production", DATABASE_URL: external })).toBe(true);
    expect(isProductionDeployment({ NODE_ENV: "production" })).toBe(false);
    expect(isProductionDeployment({ DATABASE_URL: external })).toBe(false);
  });

  it("tells Next.js where the catcher npm start runs listens, and nothing when none runs", () => {
    expect(runningMailCatcher({ FIELDBOOK_MAIL_CATCHER: "127.0.0.1:1025" })).toEqual({ host: "127.0.0.1", port: 1025 });
    expect(runningMailCatcher({})).toBeNull();
    expect(runningMailCatcher({ FIELDBOOK_MAIL_CATCHER: "true" })).toBeNull();
  });
});
