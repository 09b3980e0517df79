import { describe, expect, it } from "vitest";
import { mailCatcherAvailable } from "../../../lib/mail/mail-catcher-queries";

describe("Admin → Mail catcher", () => {
  it("is refused in production when no catcher runs (a real deployment)", () => {
    expect(mailCatcherAvailable({ NODE_ENV: "production" })).toBe(false);
    expect(mailCatcherAvailable({ NODE_ENV: "production", FIELDBOOK_MAIL_CATCHER: "" })).toBe(false);
  });

  it("opens when npm start runs the loopback catcher for the local demo", () => {
    expect(mailCatcherAvailable({ NODE_ENV: "production", FIELDBOOK_MAIL_CATCHER: "127.0.0.1:1025" })).toBe(true);
  });

  it("opens in development", () => {
    expect(mailCatcherAvailable({ NODE_ENV: "development" })).toBe(true);
  });
});
