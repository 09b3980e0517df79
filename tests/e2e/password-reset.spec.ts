/**
 * Password reset by email, end to end (issue 5 §7): a signed-in customer asks for a link from
 * the portal's sign-in page, the email arrives over real SMTP at the development mail catcher,
 * the link sets a new password, every session ends, the old password fails and the link works
 * only once.
 */
import { expect, test } from "./support/fixtures";
import { fillSignIn } from "./support/auth";
import { createPortalCustomer, linkEmailedTo, RESET_LINK } from "./support/customers";
import { queryCount } from "./support/database";

test.describe("password reset by email", () => {
  test("a customer resets their password through the emailed link; the old password fails and every session ended", async ({
    page,
    browser,
  }) => {
    const customer = await createPortalCustomer("reset");
    const newPassword = `a fresh passphrase ${Date.now()}`;

    // Signed in on another device first: the reset must end that session too.
    const otherDevice = await browser.newPage();
    await fillSignIn(otherDevice, "/portal/sign-in", customer.email, customer.password);
    await expect(otherDevice).toHaveURL(/\/portal$/);

    await page.goto("/portal/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
    await page.getByLabel("Email").fill(customer.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toContainText(`If ${customer.email} belongs to a customer account`);

    await expect.poll(() => linkEmailedTo(customer.email, RESET_LINK), { timeout: 20_000 }).not.toBeNull();
    const link = (await linkEmailedTo(customer.email, RESET_LINK))!;

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill("password123");
    await page.getByLabel("Type the new password again").fill("password123");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();

    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Type the new password again").fill(newPassword);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in\?reset=done$/);
    await expect(page.getByRole("status").filter({ hasText: "password" })).toContainText("Your password has been changed");
    expect(await queryCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", [customer.email])).toBe(0);

    // The other device is signed out at its next click.
    await otherDevice.reload();
    await expect(otherDevice).toHaveURL(/\/portal\/sign-in$/);
    await otherDevice.close();

    // The old password fails; the new one opens the portal.
    await page.getByLabel("Email").fill(customer.email);
    await page.getByLabel("Password").fill(customer.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("don't match an account");
    await page.getByLabel("Email").fill(customer.email);
    await page.getByLabel("Password").fill(newPassword);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/portal$/);

    // The link worked once.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  });

  test("an address nobody uses gets the same answer, and no email", async ({ page }) => {
    const email = `nobody-${Date.now()}@example.test`;
    await page.goto("/portal/forgot-password");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toContainText(`If ${email} belongs to a customer account, a link to choose a new password is on its way.`);
    expect(await queryCount("SELECT count(*) FROM outbox_emails WHERE $1 = ANY(\"to\")", [email])).toBe(0);
  });

  test("a made-up link offers to ask for a new one", async ({ page }) => {
    await page.goto(`/portal/reset-password?token=${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
    await page.getByRole("link", { name: "Ask for a new link" }).click();
    await expect(page).toHaveURL(/\/portal\/forgot-password$/);
  });
});
