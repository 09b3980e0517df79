/**
 * The company's look in every email: its name and brand colour (Settings.companyName,
 * Settings.brandColor). Text on the colour is white or near-black, whichever reads better,
 * so a pale brand colour still passes WCAG AA (4.5:1).
 */
export type EmailBrand = {
  companyName: string;
  /** CSS hex colour, "#0e7490" or "#0e7", as stored in Settings.brandColor. */
  brandColor: string;
};

export type BrandPalette = {
  /** Header band and button background. */
  background: string;
  /** Text drawn on `background`. */
  onBackground: string;
  /** Link colour on white: the brand colour when it is dark enough, else near-black. */
  link: string;
};

const WHITE = "#ffffff";
const INK = "#111827";
/** Used when Settings holds something that is not a hex colour. */
const FALLBACK_COLOR = "#0e7490";

export function brandPalette(brand: EmailBrand): BrandPalette {
  const background = normaliseHex(brand.brandColor) ?? FALLBACK_COLOR;
  const luminance = relativeLuminance(background);
  const onWhite = contrastRatio(luminance, 1);
  const onInk = contrastRatio(luminance, relativeLuminance(INK));
  return {
    background,
    onBackground: onWhite >= onInk ? WHITE : INK,
    link: onWhite >= 4.5 ? background : INK,
  };
}

function normaliseHex(color: string): string | null {
  const value = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  if (/^#[0-9a-f]{3}$/.test(value)) return `#${[...value.slice(1)].map((digit) => digit + digit).join("")}`;
  return null;
}

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(first: number, second: number): number {
  const [lighter, darker] = first > second ? [first, second] : [second, first];
  return (lighter + 0.05) / (darker + 0.05);
}
