/**
 * Issue 5 §3, the back office's web roles: an admin adds a custom role (its name is checked, a
 * taken name refused), which then appears beside the built-in ones; a dispatcher assigns web
 * roles to contacts but does not define new ones.
 */
import { randomUUID } from "node:crypto";
import { signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";

test("an admin adds a web role; a bad or taken name is refused with its message", async ({ page }) => {
  const name = `Key accounts ${randomUUID().slice(0, 8)}`;
  await signInAs(page, "admin");
  await page.goto("/admin/web-roles");
  await page.getByRole("button", { name: "Add web role" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a web role" });

  await dialog.getByRole("button", { name: "Add web role" }).click();
  await expect(dialog.getByText("Enter a name of at least 2 characters.")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel(/Description/).fill("Customers with a maintenance contract.");
  await dialog.getByLabel("Name").press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: "Notifications" })).toContainText("Web role added.");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Customers with a maintenance contract.");
  await expect(row).toContainText("Nothing by itself");

  await page.getByRole("button", { name: "Add web role" }).click();
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByRole("button", { name: "Add web role" }).click();
  await expect(dialog.getByText("A web role with this name already exists.").first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(1);
});

test("a dispatcher sees the web roles but cannot define new ones", async ({ page }) => {
  await signInAs(page, "dispatcher");
  await page.goto("/admin/web-roles");
  await expect(page.getByRole("row").filter({ hasText: "Authenticated users" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add web role" })).toHaveCount(0);
});
