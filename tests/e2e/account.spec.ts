/**
 * The customer's profile and the staff account page (issue 5 §5): details saved, change
 * password ending the other sessions only, sign out everywhere after a confirmation.
 */
import { expect, test } from "./support/fixtures";
import { fillSignIn, signInAs } from "./support/auth";
import { createPortalCustomer } from "./support/customers";
import { queryCount } from "./support/database";

const sessionsOf = (email: string) =>
  queryCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", [email]);

test.describe("the customer's profile", () => {
  test("saves name and phone; changing the password keeps this device and signs the other one out", async ({ page, browser }) => {
    const customer = await createPortalCustomer("profile");
    const otherDevice = await browser.newPage();
    await fillSignIn(otherDevice, "/portal/sign-in", customer.email, customer.password);
    await expect(otherDevice).toHaveURL(/\/portal$/);

    await fillSignIn(page, "/portal/sign-in", customer.email, customer.password);
    await expect(page).toHaveURL(/\/portal$/);
    await page.goto("/portal/profile");

    const details = page.getByRole("region", { name: "Your details" });
    await details.getByLabel("Last name").fill("Durand");
    await details.getByLabel(/^Phone/).fill("+33 6 12 34 56 78");
    await details.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByText("Your details are saved.")).toBeVisible();
    expect(await queryCount("SELECT count(*) FROM contacts WHERE email = $1 AND last_name = 'Durand' AND phone = '+33 6 12 34 56 78'", [customer.email])).toBe(1);

    const password = page.getByRole("region", { name: "Password" });
    await password.getByLabel("Current password").fill("not my password");
    await password.getByLabel("New password", { exact: true }).fill("another long passphrase");
    await password.getByLabel("Type the new password again").fill("another long passphrase");
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(password.getByText("That isn't your current password.")).toBeVisible();

    await password.getByLabel("Current password").fill(customer.password);
    await password.getByLabel("New password", { exact: true }).fill("another long passphrase");
    await password.getByLabel("Type the new password again").fill("another long passphrase");
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("1 other device was signed out.")).toBeVisible();
    await expect(password.getByLabel("Current password")).toHaveValue("");

    await otherDevice.reload();
    await expect(otherDevice).toHaveURL(/\/portal\/sign-in$/);
    await otherDevice.close();
    await page.reload();
    await expect(page).toHaveURL(/\/portal\/profile$/);
  });

  test("sign out everywhere asks first, then signs out every device", async ({ page, browser }) => {
    const customer = await createPortalCustomer("everywhere");
    const otherDevice = await browser.newPage();
    await fillSignIn(otherDevice, "/portal/sign-in", customer.email, customer.password);
    await fillSignIn(page, "/portal/sign-in", customer.email, customer.password);
    await expect(page).toHaveURL(/\/portal$/);
    await page.goto("/portal/profile");

    const sessions = page.getByRole("region", { name: "Sign out everywhere" });
    await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Sign out on every device?" });
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await sessionsOf(customer.email)).toBe(2);

    await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in\?signedOut=everywhere$/);
    await expect(page.getByRole("status").filter({ hasText: "signed out" })).toHaveText("You've been signed out on every device.");
    expect(await sessionsOf(customer.email)).toBe(0);
    await otherDevice.reload();
    await expect(otherDevice).toHaveURL(/\/portal\/sign-in$/);
    await otherDevice.close();
  });

  test("is for signed-in customers only", async ({ page }) => {
    await page.goto("/portal/profile");
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
  });
});

test.describe("the staff account page", () => {
  test("a dispatcher reaches it from the account menu and sees change password and sign out everywhere", async ({ page }) => {
    await signInAs(page, "dispatcher");
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole("link", { name: /^Your account:/ }).click();
    await expect(page).toHaveURL(/\/admin\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Password" }).getByRole("button", { name: "Change password" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Sign out everywhere" }).getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
  });

  test("a technician has theirs in the field app", async ({ page }) => {
    await signInAs(page, "technician");
    await page.getByRole("link", { name: /^Your account:/ }).click();
    await expect(page).toHaveURL(/\/field\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  });
});
