// Secrets an email carries are sealed in the outbox row and filled in when sending.
import { describe, expect, it } from "vitest";
import { fillSecrets, sealSecrets, secretPlaceholder, unsealSecrets } from "@/lib/mail/sealed-secrets";
import { generateSecretKey, parseSecretKey } from "@/lib/mail/secret-box";

const key = parseSecretKey(generateSecretKey());

describe("sealed email secrets", () => {
  it("seals values so the stored form does not contain them, and unseals them with the key", () => {
    const sealed = sealSecrets({ code: "K7QD-M2XP-9HTA" }, key);
    expect(sealed).not.toContain("K7QD");
    expect(unsealSecrets(sealed, key)).toEqual({ ok: true, value: { code: "K7QD-M2XP-9HTA" } });
    expect(unsealSecrets(sealed, parseSecretKey(generateSecretKey()))).toEqual({ ok: false, code: "undecryptable" });
  });

  it("uses placeholders that survive URL encoding and HTML escaping", () => {
    const placeholder = secretPlaceholder("code");
    const url = new URL("https://portal.example/portal/sign-in");
    url.searchParams.set("code", placeholder);
    expect(url.toString()).toContain(placeholder);
    expect(encodeURIComponent(placeholder)).toBe(placeholder);
  });

  it("fills every known placeholder and leaves unknown ones", () => {
    const text = `Code ${secretPlaceholder("code")}, link ?code=${secretPlaceholder("code")}, other ${secretPlaceholder("token")}`;
    expect(fillSecrets(text, { code: "AB12" })).toBe(`Code AB12, link ?code=AB12, other ${secretPlaceholder("token")}`);
  });

  it("refuses secret names a placeholder cannot carry", () => {
    expect(() => secretPlaceholder("Code")).toThrow();
    expect(() => sealSecrets({ "a b": "x" }, key)).toThrow();
  });
});
