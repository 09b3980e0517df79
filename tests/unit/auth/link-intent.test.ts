import { describe, expect, it } from "vitest";
import { openLinkIntent, sealLinkIntent } from "@/lib/auth/link-intent";

const SECRET = "unit-test-secret-0123456789";
const now = new Date("2026-03-03T08:00:00.000Z");
const intent = { userId: "user-1", sessionId: "session-1", provider: "generic", expiresAt: new Date(now.getTime() + 600_000) };

describe("the link intent cookie", () => {
  it("opens to what was sealed, until it expires", () => {
    const sealed = sealLinkIntent(intent, SECRET);
    expect(openLinkIntent(sealed, now, SECRET)).toEqual(intent);
    expect(openLinkIntent(sealed, intent.expiresAt, SECRET)).toBeNull();
  });

  it("refuses any change to its content, another key, or garbage", () => {
    const sealed = sealLinkIntent(intent, SECRET);
    const [payload, signature] = sealed.split(".");
    const forged = Buffer.from(JSON.stringify({ u: "user-2", s: "session-1", p: "generic", e: intent.expiresAt.getTime() })).toString("base64url");
    expect(openLinkIntent(`${forged}.${signature}`, now, SECRET)).toBeNull();
    expect(openLinkIntent(`${payload}.${signature}x`, now, SECRET)).toBeNull();
    expect(openLinkIntent(sealed, now, "another secret")).toBeNull();
    expect(openLinkIntent(`${sealed}.extra`, now, SECRET)).toBeNull();
    expect(openLinkIntent("", now, SECRET)).toBeNull();
  });
});
