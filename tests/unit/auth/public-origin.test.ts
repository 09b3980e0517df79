import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/auth/public-origin";

describe("the site's public origin for emailed links", () => {
  it("is FIELDBOOK_PUBLIC_URL when set, whatever the request's Host says", () => {
    const headers = new Headers({ host: "evil.example", "x-forwarded-proto": "https" });
    expect(publicOrigin(headers, { FIELDBOOK_PUBLIC_URL: "https://service.example.com/some/path" })).toBe("https://service.example.com");
  });

  it("otherwise follows the request (forwarded host and scheme first)", () => {
    expect(publicOrigin(new Headers({ host: "127.0.0.1:3100" }), {})).toBe("http://127.0.0.1:3100");
    expect(publicOrigin(new Headers({ host: "internal:3000", "x-forwarded-host": "portal.example.com", "x-forwarded-proto": "https" }), {})).toBe(
      "https://portal.example.com",
    );
    expect(publicOrigin(new Headers(), { PORT: "4000" })).toBe("http://localhost:4000");
  });
});
