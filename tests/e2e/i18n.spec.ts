import { expect, test } from "./support/fixtures";
import { demoSignIn, fillSignIn } from "./support/auth";

test.describe("languages", () => {
  test.describe("a French browser", () => {
    test.use({ locale: "fr-FR" });

    test("gets the pages in French, with html lang set", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Des interventions réservées et réalisées");

      await page.goto("/admin");
      await expect(page.getByRole("heading", { level: 1, name: "Connexion au back-office" })).toBeVisible();
    });

    test("can switch to English with the language menu, and the choice sticks across pages", async ({ page }) => {
      await page.goto("/portal/sign-in");
      await expect(page.getByRole("heading", { level: 1, name: "Connexion à votre espace client" })).toBeVisible();

      await page.locator("summary", { hasText: /Langue/ }).first().click();
      await page.getByRole("button", { name: "English" }).click();

      await expect(page.getByRole("heading", { level: 1, name: "Sign in to your customer portal" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");

      await page.goto("/field/sign-in");
      await expect(page.getByRole("heading", { level: 1, name: "Sign in to the field app" })).toBeVisible();
    });
  });

  test("a signed-in person's choice is saved on their profile and follows them to another device", async ({ page, browser }, testInfo) => {
    // One technician per project: the two projects run this test at the same time.
    const email = testInfo.project.name === "phone" ? "technician7@fieldbook.test" : "technician8@fieldbook.test";
    const { password } = demoSignIn("technician");

    await fillSignIn(page, "/field/sign-in", email, password);
    await expect(page.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();
    await page.locator("summary", { hasText: /Language/ }).first().click();
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ma journée" })).toBeVisible();

    // Another device whose browser asks for English, with no language cookie.
    const otherDevice = await browser.newContext({ locale: "en-GB" });
    const otherPage = await otherDevice.newPage();
    await fillSignIn(otherPage, "/field/sign-in", email, password);
    await expect(otherPage.getByRole("heading", { level: 1, name: "Ma journée" })).toBeVisible();
    await expect(otherPage.locator("html")).toHaveAttribute("lang", "fr");
    await otherDevice.close();
  });
});
