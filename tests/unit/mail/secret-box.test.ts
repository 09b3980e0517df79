// lib/mail/secret-box.ts: SMTP passwords encrypted at rest with AES-256-GCM.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  SecretKeyError,
  decryptSecret,
  encryptSecret,
  generateSecretKey,
  parseSecretKey,
  secretKeyFromEnvironment,
} from "@/lib/mail/secret-box";

const key = parseSecretKey(generateSecretKey());
const otherKey = parseSecretKey(generateSecretKey());

describe("secret box", () => {
  it("gives back every password it encrypted", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 64 }), (password) => {
        expect(decryptSecret(encryptSecret(password, key), key)).toEqual({ ok: true, value: password });
      }),
    );
  });

  it("never stores the password in clear, and encrypts the same password differently each time", () => {
    const first = encryptSecret("correct horse battery staple", key);
    const second = encryptSecret("correct horse battery staple", key);

    expect(first).not.toContain("correct horse");
    expect(Buffer.from(first.slice(3), "base64").toString("latin1")).not.toContain("correct horse");
    expect(first).not.toBe(second);
  });

  it("refuses a value changed anywhere (tamper detection)", () => {
    const sealed = encryptSecret("s3cret-smtp-password", key);
    const packed = Buffer.from(sealed.slice(3), "base64");
    for (let index = 0; index < packed.length; index++) {
      const tampered = Buffer.from(packed);
      tampered[index]! ^= 0x01;
      expect(decryptSecret(`v1:${tampered.toString("base64")}`, key)).toEqual({ ok: false, code: "undecryptable" });
    }
    expect(decryptSecret(`v1:${packed.subarray(0, packed.length - 1).toString("base64")}`, key).ok).toBe(false);
  });

  it("refuses the wrong key, an unknown format and garbage", () => {
    const sealed = encryptSecret("s3cret-smtp-password", key);

    expect(decryptSecret(sealed, otherKey)).toEqual({ ok: false, code: "undecryptable" });
    expect(decryptSecret(sealed.replace("v1:", "v2:"), key).ok).toBe(false);
    expect(decryptSecret("s3cret-smtp-password", key).ok).toBe(false);
    expect(decryptSecret("v1:", key).ok).toBe(false);
  });

  it("reads a 32-byte base64 key from FIELDBOOK_SECRET_KEY and explains a missing or malformed one without echoing it", () => {
    const value = generateSecretKey();
    const fromEnvironment = secretKeyFromEnvironment({ FIELDBOOK_SECRET_KEY: value });
    expect(decryptSecret(encryptSecret("pw", fromEnvironment), parseSecretKey(value))).toEqual({ ok: true, value: "pw" });

    expect(() => secretKeyFromEnvironment({})).toThrow(SecretKeyError);
    expect(() => secretKeyFromEnvironment({})).toThrow(/FIELDBOOK_SECRET_KEY is not set/);
    const short = Buffer.alloc(16, 7).toString("base64");
    expect(() => parseSecretKey(short)).toThrow(/32 random bytes/);
    try {
      parseSecretKey("not base64 at all!!");
    } catch (error) {
      expect((error as Error).message).not.toContain("not base64 at all");
    }
  });
});
