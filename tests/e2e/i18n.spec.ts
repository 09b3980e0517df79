import { expect, test } from "./support/fixtures";

test.describe("languages", () => {
  test.use({ locale: "fr-FR" });

  test("a French browser gets the pages in French, with html lang set", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Des interventions réservées et réalisées");

    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  });

  test("the language menu switches to English and the choice sticks across pages", async ({ page }) => {
    await page.goto("/portal");
    await expect(page.getByRole("heading", { level: 1, name: "Vos rendez-vous" })).toBeVisible();

    await page.locator("summary", { hasText: /Langue/ }).first().click();
    await page.getByRole("button", { name: "English" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Your appointments" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await page.goto("/field");
    await expect(page.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();
  });
});
