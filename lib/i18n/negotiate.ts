/**
 * Pure locale negotiation: no request, no cookies, no environment. The caller passes the
 * supported locales (see `resolve-request-locale.ts`), the tests pass their own lists.
 */

export type LocaleSources = {
  /** The signed-in user's profile choice; wins over everything. */
  profileLocale: string | null | undefined;
  /** The `NEXT_LOCALE` cookie set by the language switcher. */
  cookieLocale: string | null | undefined;
  /** The browser's `Accept-Language` header. */
  acceptLanguage: string | null | undefined;
};

/** Order: profile → cookie → Accept-Language → default. Unsupported values are skipped. */
export function resolveLocale(
  sources: LocaleSources,
  supported: readonly string[],
  defaultLocale: string,
): string {
  return (
    matchLocale(sources.profileLocale, supported) ??
    matchLocale(sources.cookieLocale, supported) ??
    negotiateLocale(sources.acceptLanguage, supported, defaultLocale) ??
    defaultLocale
  );
}

/**
 * Picks the best supported locale for an `Accept-Language` header (RFC 9110 §12.5.4):
 * ranges are tried from the highest quality down (ties keep the browser's order), and each
 * range is matched exactly, then by removing subtags from the end (`fr-CA` → `fr`, RFC 4647
 * lookup), then by language alone (`pt` or `pt-PT` → `pt-BR`). `*` means the default locale.
 * Returns null when nothing matches.
 */
export function negotiateLocale(
  acceptLanguage: string | null | undefined,
  supported: readonly string[],
  defaultLocale: string,
): string | null {
  for (const { range } of parseAcceptLanguage(acceptLanguage)) {
    if (range === "*") return supported.includes(defaultLocale) ? defaultLocale : null;
    const match = matchLocale(range, supported);
    if (match) return match;
  }
  return null;
}

export type LanguageRange = { range: string; quality: number };

/** Header ranges, best first; malformed entries and `q=0` (“not acceptable”) are dropped. */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return [];
  const ranges: LanguageRange[] = [];
  // A browser sends a handful; a huge header is not worth parsing in full.
  for (const entry of header.split(",").slice(0, 32)) {
    const [rawRange, ...params] = entry.trim().split(";");
    const range = rawRange?.trim() ?? "";
    if (range !== "*" && !/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(range)) continue;

    let quality = 1;
    let malformed = false;
    for (const param of params) {
      const [name, value] = param.trim().split("=");
      if (name?.trim().toLowerCase() !== "q") continue;
      const weight = value?.trim() ?? "";
      if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(weight)) malformed = true;
      else quality = Number(weight);
    }
    if (malformed || quality === 0) continue;
    ranges.push({ range, quality });
  }
  // Array.prototype.sort is stable: equal weights keep the browser's order.
  return ranges.sort((a, b) => b.quality - a.quality);
}

/** The supported locale a single tag stands for, or null. Case-insensitive. */
export function matchLocale(tag: string | null | undefined, supported: readonly string[]): string | null {
  if (!tag) return null;
  const wanted = tag.trim().toLowerCase();
  if (!wanted) return null;
  const byLowerCase = new Map(supported.map((locale) => [locale.toLowerCase(), locale]));

  // Exact, then truncated from the end: zh-Hant-TW → zh-Hant → zh.
  const subtags = wanted.split("-");
  for (let length = subtags.length; length > 0; length--) {
    const candidate = byLowerCase.get(subtags.slice(0, length).join("-"));
    if (candidate) return candidate;
  }

  // Same language, other region or script: a French speaker from Canada reads fr-FR.
  const language = subtags[0];
  return supported.find((locale) => locale.toLowerCase().split("-")[0] === language) ?? null;
}
