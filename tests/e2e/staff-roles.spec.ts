/**
 * Issue 5 §8, "Done when": each staff role can do its own tasks and nothing more; an admin
 * manages staff, and a change that takes rights away ends that person's open session at once.
 */
import { randomUUID } from "node:crypto";
import { type DemoRole } from "../../lib/demo";
import { signInAs } from "./support/auth";
import { queryCount, queryRows } from "./support/database";
import { expect, test } from "./support/fixtures";
import {
  addStaffMember,
  dismissToasts,
  newDeviceContext,
  newStaffMember,
  signInAsStaffMember,
  staffCard,
} from "./support/staff";

const ACCESS: Record<Exclude<DemoRole, "customer">, Record<string, 200 | 403>> = {
  admin: { "/admin": 200, "/admin/staff": 200, "/admin/audit-log": 200, "/admin/settings": 200, "/field": 403 },
  dispatcher: { "/admin": 200, "/admin/staff": 403, "/admin/audit-log": 403, "/admin/settings": 403, "/field": 403 },
  technician: { "/admin": 403, "/admin/staff": 403, "/admin/audit-log": 403, "/admin/settings": 403, "/field": 200 },
};

test.describe("what each staff role may open", () => {
  for (const [role, pages] of Object.entries(ACCESS) as [keyof typeof ACCESS, Record<string, number>][]) {
    test(`${role}: ${Object.entries(pages).map(([path, status]) => `${path} ${status}`).join(", ")}`, async ({ page }) => {
      await signInAs(page, role);
      for (const [path, status] of Object.entries(pages)) {
        const response = await page.goto(path);
        expect(response?.status(), `${role} opening ${path}`).toBe(status);
        if (status === 403) {
          await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
        }
      }
      // The sidebar offers only what the role may open (the pages check again).
      if (role !== "technician") {
        await page.goto("/admin");
        const menu = page.getByRole("button", { name: "Menu" });
        if (await menu.isVisible()) await menu.click();
        const navigation = page.getByRole("navigation", { name: "Back office" });
        await expect(navigation.getByRole("link", { name: "Staff" })).toHaveCount(role === "admin" ? 1 : 0);
        await expect(navigation.getByRole("link", { name: "Audit log" })).toHaveCount(role === "admin" ? 1 : 0);
      }
    });
  }
});

test.describe("an admin manages staff", () => {
  // Two people, several sign-ins (each a deliberate argon2 check) on a 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test("adds a dispatcher who can sign in; changing their role ends their open session at once, and the new role works", async ({
    page,
    browser,
  }, testInfo) => {
    const member = newStaffMember(testInfo, "DISPATCHER", "Dispatcher");
    await signInAs(page, "admin");
    await addStaffMember(page, member);
    const card = staffCard(page, member);
    await expect(card.getByText("Dispatcher", { exact: true })).toBeVisible();
    await expect(card.getByText("Active", { exact: true })).toBeVisible();

    const theirs = await newDeviceContext(browser, testInfo);
    try {
      const theirPage = await theirs.newPage();
      await signInAsStaffMember(theirPage, member, "/admin");
      await expect(theirPage.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();

      await card.getByRole("button", { name: "Change role" }).click();
      const dialog = page.getByRole("dialog", { name: `Change the role of ${member.name}` });
      await dialog.getByLabel("Role").selectOption("TECHNICIAN");
      await dialog.getByRole("button", { name: "Change role" }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`${member.name} is now Technician.`, { exact: false })).toBeVisible();
      await expect(card.getByText("Technician", { exact: true })).toBeVisible();
      await expect(card.getByText("No technician profile yet", { exact: false })).toBeVisible();

      // Their very next navigation: signed out.
      await theirPage.goto("/admin");
      await expect(theirPage).toHaveURL(/\/admin\/sign-in$/);
      expect(await queryCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1", [member.email])).toBe(0);

      // They sign in again, on the surface of their new role.
      await signInAsStaffMember(theirPage, member, "/field");
      await expect(theirPage.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();
      expect((await theirPage.goto("/admin"))?.status()).toBe(403);
    } finally {
      await theirs.close();
    }
  });

  test("disabling a technician signs them out at once and keeps them out until enabled again", async ({ page, browser }, testInfo) => {
    const member = newStaffMember(testInfo, "TECHNICIAN", "Technician");
    await signInAs(page, "admin");
    await addStaffMember(page, member);
    const card = staffCard(page, member);

    const theirs = await newDeviceContext(browser, testInfo);
    try {
      const theirPage = await theirs.newPage();
      await signInAsStaffMember(theirPage, member, "/field");

      await card.getByRole("button", { name: "Disable" }).click();
      const confirm = page.getByRole("alertdialog", { name: `Disable ${member.name}?` });
      await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
      await confirm.getByRole("button", { name: "Disable account" }).click();
      await expect(confirm).toBeHidden();
      await expect(page.getByText(`${member.name} is disabled and was signed out everywhere.`)).toBeVisible();
      await expect(card.getByText("Disabled", { exact: true })).toBeVisible();
      await dismissToasts(page);

      await theirPage.goto("/field");
      await expect(theirPage).toHaveURL(/\/field\/sign-in$/);
      await theirPage.getByLabel("Email").fill(member.email);
      await theirPage.getByLabel("Password").fill(member.password);
      await theirPage.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(theirPage.locator("form").getByRole("alert")).toContainText("don't match an account that can sign in here");

      await card.getByRole("button", { name: "Enable" }).click();
      await expect(page.getByText(`${member.name} can sign in again.`)).toBeVisible();
      await signInAsStaffMember(theirPage, member, "/field");
    } finally {
      await theirs.close();
    }
  });

  test("resetting a password ends the person's sessions; only the new password opens the back office", async ({ page, browser }, testInfo) => {
    const member = newStaffMember(testInfo, "DISPATCHER", "Reset");
    await signInAs(page, "admin");
    await addStaffMember(page, member);

    const theirs = await newDeviceContext(browser, testInfo);
    try {
      const theirPage = await theirs.newPage();
      await signInAsStaffMember(theirPage, member, "/admin");

      await staffCard(page, member).getByRole("button", { name: "Reset password" }).click();
      const dialog = page.getByRole("dialog", { name: `Reset the password of ${member.name}` });
      // The policy applies here too.
      await dialog.getByLabel("New password").fill("password123");
      await dialog.getByRole("button", { name: "Reset password" }).click();
      await expect(dialog.getByText("This password is too common", { exact: false })).toBeVisible();
      const newPassword = `${member.password} renewed`;
      await dialog.getByLabel("New password").fill(newPassword);
      await dialog.getByRole("button", { name: "Reset password" }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(`The password of ${member.name} was reset`, { exact: false })).toBeVisible();

      await theirPage.goto("/admin");
      await expect(theirPage).toHaveURL(/\/admin\/sign-in$/);
      await signInAsStaffMember(theirPage, { ...member, password: newPassword }, "/admin");
    } finally {
      await theirs.close();
    }

    // Every change is in the audit log, with who made it; never the password.
    await page.goto(`/admin/audit-log?entityType=user&action=staff.password_reset`);
    const row = page.getByRole("row").filter({ hasText: member.email });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Nadia Benali");
    await expect(page.locator("main")).not.toContainText("renewed");
    await page.goto(`/admin/audit-log?action=staff.created`);
    await expect(page.getByRole("row").filter({ hasText: member.email })).toHaveCount(1);
  });

  test("the audit log pages back through older entries, and back to the newest", async ({ page }) => {
    // 53 entries of an action of this test's own: one full page of 50, then 3 older ones.
    const action = `e2e.paging_${randomUUID().slice(0, 8)}`;
    await queryRows(
      `INSERT INTO audit_logs (id, action, entity_type, entity_id, created_at)
       SELECT gen_random_uuid(), $1, 'e2e', n::text, now() - n * interval '1 minute' FROM generate_series(1, 53) AS n`,
      [action],
    );
    await signInAs(page, "admin");
    await page.goto(`/admin/audit-log?action=${action}`);
    const pages = page.getByRole("navigation", { name: "Audit log pages" });
    await expect(page.getByRole("row").filter({ hasText: "e2e" })).toHaveCount(50);
    await expect(pages.getByRole("link", { name: "Newest entries" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Older entries" }).click();
    await expect(page.getByRole("row").filter({ hasText: "e2e" })).toHaveCount(3);
    await expect(pages.getByRole("link", { name: "Older entries" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Newest entries" }).click();
    await expect(page.getByRole("row").filter({ hasText: "e2e" })).toHaveCount(50);
  });

  test("an admin cannot change their own role or disable themselves", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/staff");
    const own = page.getByRole("listitem").filter({ hasText: "admin@fieldbook.test" });
    await expect(own.getByText("You", { exact: true })).toBeVisible();
    await expect(own.getByText("This is your account.", { exact: false })).toBeVisible();
    await expect(own.getByRole("button")).toHaveCount(0);
  });
});
