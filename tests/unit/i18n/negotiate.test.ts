import { describe, expect, it } from "vitest";
import { matchLocale, negotiateLocale, parseAcceptLanguage, resolveLocale } from "../../../lib/i18n/negotiate";

const supported = ["en", "fr"] as const;

describe("negotiateLocale (Accept-Language)", () => {
  it.each([
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["fr-FR", "fr"],
    ["FR-be", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,fr;q=0.8,en;q=0.7", "fr"],
    ["en;q=0.5, fr;q=0.9", "fr"],
    ["de, en;q=0.1", "en"],
    ["fr;q=0, en", "en"],
    ["*", "en"],
    ["de, *;q=0.5", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header, supported, "en")).toBe(expected);
  });

  it.each([[""], [null], [undefined], ["de-DE,ja;q=0.8"], ["fr;q=0"], ["12;q=1,@@"]])(
    "finds nothing in %j",
    (header) => {
      expect(negotiateLocale(header, supported, "en")).toBeNull();
    },
  );

  it("keeps the browser's order between equal weights", () => {
    expect(negotiateLocale("fr, en", supported, "en")).toBe("fr");
    expect(negotiateLocale("en, fr", supported, "en")).toBe("en");
  });

  it("prefers a higher-weighted language over a better-matching lower one", () => {
    // A Portuguese speaker asking for pt-PT first gets the Brazilian catalogue, not English.
    expect(negotiateLocale("pt-PT, en;q=0.8", ["en", "pt-BR"], "en")).toBe("pt-BR");
  });

  it("matches the most specific catalogue first", () => {
    const withRegions = ["en", "zh-Hant", "zh-Hans"];
    expect(negotiateLocale("zh-Hant-TW", withRegions, "en")).toBe("zh-Hant");
    expect(negotiateLocale("zh-Hans-CN", withRegions, "en")).toBe("zh-Hans");
  });
});

describe("parseAcceptLanguage", () => {
  it("sorts by weight and drops malformed entries and q=0", () => {
    expect(parseAcceptLanguage("en;q=0.2, fr-CA , de;q=0, it;q=abc, es;q=0.700, x y")).toEqual([
      { range: "fr-CA", quality: 1 },
      { range: "es", quality: 0.7 },
      { range: "en", quality: 0.2 },
    ]);
  });
});

describe("matchLocale", () => {
  it("returns the supported spelling", () => {
    expect(matchLocale("pt-br", ["en", "pt-BR"])).toBe("pt-BR");
  });

  it("returns null for unknown or empty tags", () => {
    expect(matchLocale("de", supported)).toBeNull();
    expect(matchLocale("  ", supported)).toBeNull();
  });
});

describe("resolveLocale", () => {
  const browserFrench = "fr-CA,fr;q=0.9";

  it("puts the profile first", () => {
    expect(resolveLocale({ profileLocale: "en", cookieLocale: "fr", acceptLanguage: browserFrench }, supported, "en")).toBe("en");
  });

  it("then the cookie", () => {
    expect(resolveLocale({ profileLocale: null, cookieLocale: "fr", acceptLanguage: "en-US" }, supported, "en")).toBe("fr");
  });

  it("then the browser", () => {
    expect(resolveLocale({ profileLocale: null, cookieLocale: undefined, acceptLanguage: browserFrench }, supported, "en")).toBe("fr");
  });

  it("then English", () => {
    expect(resolveLocale({ profileLocale: null, cookieLocale: null, acceptLanguage: "de-DE" }, supported, "en")).toBe("en");
  });

  it("skips a profile or cookie locale that has no catalogue", () => {
    expect(resolveLocale({ profileLocale: "de", cookieLocale: "xx", acceptLanguage: browserFrench }, supported, "en")).toBe("fr");
  });
});
