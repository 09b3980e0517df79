import { type Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/auth";
import { queryCount } from "./support/database";

test.describe("the three surfaces", () => {
  test("the product page presents Fieldbook and leads to each surface", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Technician visits, booked and done");

    // Signed out, each surface starts at its sign-in page.
    await page.getByRole("link", { name: "Open the portal" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to your customer portal" })).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: "Open the back office" }).last().click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);

    await page.goto("/");
    await page.getByRole("link", { name: "Open the field app" }).click();
    await expect(page).toHaveURL(/\/field\/sign-in$/);
  });

  const surfaces = [
    { path: "/portal", role: "customer", navigation: "Portal", heading: "Your appointments", shows: "Brightwater Services" },
    { path: "/admin", role: "dispatcher", navigation: "Back office", heading: "Dashboard", shows: "Europe/Paris" },
    { path: "/field", role: "technician", navigation: "Field app", heading: "My day", shows: "Brightwater Services" },
  ] as const;
  for (const surface of surfaces) {
    test(`${surface.path} answers 200 with its own navigation and the demo company's data`, async ({ page }) => {
      await signInAs(page, surface.role);
      const response = await page.goto(surface.path);
      expect(response?.status()).toBe(200);
      // On phones the back office tucks its navigation behind a menu button: present, maybe hidden.
      await expect(page.getByRole("navigation", { name: surface.navigation, includeHidden: true })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1, name: surface.heading })).toBeVisible();
      await expect(page.getByText(surface.shows).first()).toBeVisible();
    });
  }

  test("the portal home has the Active, Upcoming and Past sections", async ({ page }) => {
    await signInAs(page, "customer");
    for (const section of ["Active", "Upcoming", "Past"]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
  });

  test("the back-office dashboard shows counts read from the database", async ({ page }) => {
    const contacts = await queryCount("SELECT count(*) FROM contacts");
    const technicians = await queryCount("SELECT count(*) FROM technicians WHERE active");
    expect(contacts).toBeGreaterThan(0);

    await signInAs(page, "admin");
    await expect(statValue(page, "Contacts")).toHaveText(String(contacts));
    await expect(statValue(page, "Active technicians")).toHaveText(String(technicians));
    // Upcoming depends on the clock; check it is the database's figure within this minute.
    const upcoming = await queryCount("SELECT count(*) FROM appointments WHERE status = 'SCHEDULED' AND starts_at >= now()");
    const shown = Number(await statValue(page, "Upcoming appointments").textContent());
    expect(Math.abs(shown - upcoming)).toBeLessThanOrEqual(1);
  });

  test("an unknown address shows a translated not-found page with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /home/i }).first()).toBeVisible();
  });
});

function statValue(page: Page, label: string) {
  return page.locator("dt", { hasText: new RegExp(`^\\s*${label}\\s*$`) }).locator("xpath=following-sibling::dd[1]");
}
