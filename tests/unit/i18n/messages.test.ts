import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { discoverLocales } from "../../../lib/i18n/discover-locales";

// The catalogues are the app's only source of user-facing text: a missing key shows a raw
// key on screen, a broken ICU message throws at render, a dropped {placeholder} loses data.

const messagesDirectory = fileURLToPath(new URL("../../../lib/i18n/messages/", import.meta.url));
const locales = discoverLocales(messagesDirectory);

type Catalogue = { [key: string]: string | Catalogue };

function readCatalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(path.join(messagesDirectory, `${locale}.json`), "utf8")) as Catalogue;
}

/** "portal.home.title" → message, for every leaf. */
function flatten(catalogue: Catalogue, prefix = ""): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [nested, message] of flatten(value, id)) entries.set(nested, message);
    } else {
      entries.set(id, value);
    }
  }
  return entries;
}

/** Argument names and tags used anywhere in a message's AST, sorted. */
function placeholders(message: string, locale: string): string[] {
  const found = new Set<string>();
  const visit = (elements: unknown[]) => {
    for (const element of elements as Array<Record<string, unknown>>) {
      if (typeof element.value === "string" && element.type !== 0 /* literal */ && element.type !== 7 /* # */) {
        found.add(String(element.value));
      }
      if (Array.isArray(element.children)) visit(element.children);
      if (element.options && typeof element.options === "object") {
        for (const option of Object.values(element.options as Record<string, { value: unknown[] }>)) visit(option.value);
      }
    }
  };
  visit(new IntlMessageFormat(message, locale).getAst());
  return [...found].sort();
}

const english = flatten(readCatalogue("en"));

describe("message catalogues", () => {
  it("include English, the source catalogue, and at least one other language", () => {
    expect(locales).toContain("en");
    expect(locales.length).toBeGreaterThan(1);
  });

  describe.each(locales)("%s.json", (locale) => {
    const messages = flatten(readCatalogue(locale));

    it("has exactly the keys of en.json", () => {
      const missing = [...english.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it("has only non-empty string messages", () => {
      const notText = [...messages].filter(([, message]) => typeof message !== "string" || message.trim() === "");
      expect(notText.map(([key]) => key)).toEqual([]);
    });

    it("has messages that parse as ICU and use the same placeholders as English", () => {
      const problems: string[] = [];
      for (const [key, message] of messages) {
        if (typeof message !== "string") continue;
        try {
          const expected = placeholders(String(english.get(key) ?? ""), "en");
          const actual = placeholders(message, locale);
          if (expected.join() !== actual.join()) {
            problems.push(`${key}: {${actual.join("}, {")}} instead of {${expected.join("}, {")}}`);
          }
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

describe("discoverLocales", () => {
  it("lists the catalogues by file name, sorted", () => {
    expect(locales).toEqual([...locales].sort());
    expect(locales).toEqual(expect.arrayContaining(["en", "fr"]));
  });
});
