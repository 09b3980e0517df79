import "server-only";
import { type Messages } from "next-intl";

/**
 * A template-literal import: Turbopack and webpack both turn it into a lazy map of every
 * `./messages/*.json`, so a new catalogue is bundled without being listed anywhere, and
 * each request loads only its own language.
 */
export async function loadMessages(locale: string): Promise<Messages> {
  const catalogue = (await import(`./messages/${locale}.json`)) as { default: Messages };
  return catalogue.default;
}
