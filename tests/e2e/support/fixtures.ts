/**
 * The `test` every end-to-end spec imports. After each test it scans the page it ended on
 * with axe (WCAG 2.0/2.1/2.2 A and AA rules) and fails on any violation, so every page a
 * test visits is checked for accessibility. Call `expectAccessible(page)` to scan
 * intermediate states too (an open dialog, a second page).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export async function expectAccessible(page: Page): Promise<void> {
  // A server action's re-render replaces the document's head: scanning in that instant finds no
  // <title> (seen once in CI). Wait for one — a page that never gets one still fails, here.
  await expect(page, `the page at ${page.url()} has a title`).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const readable = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(readable, `accessibility violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ accessibilityScan: void }>({
  accessibilityScan: [
    async ({ page }, use) => {
      await use();
      if (page.url() !== "about:blank") await expectAccessible(page);
    },
    { auto: true },
  ],
});

export { expect };
