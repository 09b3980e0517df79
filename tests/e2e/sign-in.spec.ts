import { E2E_BASE_URL } from "./support/environment";
import { expect, test } from "./support/fixtures";
import { demoSignIn, fillSignIn, signInAs } from "./support/auth";
import { queryCount } from "./support/database";

test.describe("signing in and out", () => {
  test("each surface sends a signed-out visitor to its own sign-in page", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to the back office" })).toBeVisible();

    await page.goto("/field");
    await expect(page).toHaveURL(/\/field\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to the field app" })).toBeVisible();

    await page.goto("/portal");
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to your customer portal" })).toBeVisible();
  });

  test("a dispatcher signs in to the back office, then signs out and the session is gone", async ({ page }) => {
    const { email } = demoSignIn("dispatcher");
    const sessionsBefore = await queryCount(
      "SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1",
      [email],
    );
    await signInAs(page, "dispatcher");
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect
      .poll(() => queryCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", [email]))
      .toBe(sessionsBefore + 1);

    // On phones the account controls sit in the menu.
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await expect
      .poll(() => queryCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", [email]))
      .toBe(sessionsBefore);

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  });

  test("a wrong password gets one clear message and no session; the email stays, the password clears", async ({ page }) => {
    const { email } = demoSignIn("admin");
    await fillSignIn(page, "/admin/sign-in", email, "not-the-password");
    await expect(page.locator("form").getByRole("alert")).toContainText("don't match an account that can sign in here");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  });

  test("before JavaScript has loaded, signing in still works and never puts the password in the address", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false, locale: "en-GB" });
    const page = await context.newPage();
    const { email, password } = demoSignIn("customer");
    await fillSignIn(page, "/portal/sign-in", email, "not-the-password");
    await expect(page.locator("form").getByRole("alert")).toContainText("don't match an account");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    expect(page.url()).not.toContain("password");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/portal$/);
    await context.close();
  });

  test("a customer's password does not open the back office", async ({ page }) => {
    const { email, password } = demoSignIn("customer");
    await fillSignIn(page, "/admin/sign-in", email, password);
    await expect(page.locator("form").getByRole("alert")).toContainText("don't match an account that can sign in here");
  });

  test("a customer signs in to the portal", async ({ page }) => {
    await signInAs(page, "customer");
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your appointments" })).toBeVisible();
  });

  test("a technician lands on the field app and gets 403 in the back office", async ({ page }) => {
    await signInAs(page, "technician");
    await expect(page).toHaveURL(/\/field$/);
    await expect(page.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();

    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  });
});
