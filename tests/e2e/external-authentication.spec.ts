/**
 * External authentication, end to end (issue 5 §6): a real OpenID Connect provider runs on
 * loopback (support/oidc-provider.ts). Signing in with it before linking is refused even
 * though the provider claims the customer's own email; after *Link* on the profile, it signs
 * the customer in; *Unlink* ends that.
 */
import { type Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { fillSignIn } from "./support/auth";
import { createPortalCustomer } from "./support/customers";
import { queryCount } from "./support/database";
import { E2E_OIDC_APP_URL } from "./support/oidc";

const sessionsOf = (email: string) =>
  queryCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", [email]);

/** The provider's own sign-in form (any login; the login becomes the account's subject and email). */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test.describe("external authentication", () => {
  test.use({ baseURL: E2E_OIDC_APP_URL });

  test("a customer links the provider from their profile, then signs in with it; never by matching the email", async ({ page }) => {
    const customer = await createPortalCustomer("oidc");

    // Before linking: the provider vouches for an account with the customer's own email, and still nobody is signed in.
    await page.goto("/portal/sign-in");
    await page.getByRole("button", { name: "Sign in with Test ID" }).click();
    await signInAtProvider(page, customer.email);
    await expect(page).toHaveURL(/\/portal\/sign-in\?external=not_linked/);
    await expect(page.getByRole("alert").filter({ hasText: "isn't linked" })).toHaveText(
      "This account isn't linked to a Fieldbook profile. Sign in with your password and link it from your profile.",
    );
    expect(await sessionsOf(customer.email)).toBe(0);
    expect(await queryCount("SELECT count(*) FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.email = $1", [customer.email])).toBe(0);

    // Link it from the profile (the provider remembers the sign-in above).
    await fillSignIn(page, "/portal/sign-in", customer.email, customer.password);
    await expect(page).toHaveURL(/\/portal$/);
    await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    const external = page.getByRole("region", { name: "Manage external authentication" });
    await expect(external.getByText("Not linked")).toBeVisible();
    await external.getByRole("button", { name: "Link Test ID" }).click();
    await expect(page).toHaveURL(/\/portal\/profile\?external=linked&provider=generic$/);
    await expect(external.getByRole("status")).toHaveText("Test ID is linked. Next time, you can sign in with it.");
    await expect(external.getByText(/^Linked on /)).toBeVisible();

    // Signed out, "Sign in with Test ID" now opens the portal.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
    const before = await sessionsOf(customer.email);
    await page.getByRole("button", { name: "Sign in with Test ID" }).click();
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your appointments" })).toBeVisible();
    expect(await sessionsOf(customer.email)).toBe(before + 1);

    // Unlinked, it no longer signs anyone in.
    await page.goto("/portal/profile");
    await external.getByRole("button", { name: "Unlink Test ID" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Unlink" }).click();
    await expect(page.getByText("Test ID is unlinked.")).toBeVisible();
    await expect(external.getByText("Not linked")).toBeVisible();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByRole("button", { name: "Sign in with Test ID" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in\?external=not_linked/);
  });
});
