/**
 * Throwaway staff members for tests that change roles, passwords or access: added through
 * Admin → Staff itself, named after the Playwright project, so the desktop and phone runs
 * (which share one database) never touch each other's people or the demo accounts.
 */
import { randomUUID } from "node:crypto";
import { type Browser, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { expect } from "./fixtures";

export type StaffRoleName = "ADMIN" | "DISPATCHER" | "TECHNICIAN";

export interface TestStaffMember {
  name: string;
  email: string;
  password: string;
  role: StaffRoleName;
}

export function newStaffMember(testInfo: TestInfo, role: StaffRoleName, label: string): TestStaffMember {
  const id = randomUUID().slice(0, 8);
  return {
    name: `E2E ${label} ${testInfo.project.name} ${id}`,
    email: `e2e-${label.toLowerCase()}-${testInfo.project.name}-${id}@fieldbook.test`,
    password: `violet tram ${id} dawn`,
    role,
  };
}

/** Toasts sit at the bottom of the screen, over the buttons below them on a phone: read and close them. */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByRole("region", { name: "Notifications" }).getByRole("button", { name: "Dismiss" });
  while ((await toasts.count()) > 0) await toasts.first().click({ timeout: 2_000 }).catch(() => undefined);
}

/** Adds `member` from the Staff page (the admin's `page` must be signed in). */
export async function addStaffMember(page: Page, member: TestStaffMember): Promise<void> {
  await page.goto("/admin/staff");
  await page.getByRole("button", { name: "Add a staff member" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a staff member" });
  await dialog.getByLabel("Full name").fill(member.name);
  await dialog.getByLabel("Email").fill(member.email);
  await dialog.getByLabel("Role").selectOption(member.role);
  await dialog.getByLabel("Initial password").fill(member.password);
  await dialog.getByRole("button", { name: "Add staff member" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${member.name} was added. They can sign in now.`)).toBeVisible();
  await dismissToasts(page);
}

export function staffCard(page: Page, member: TestStaffMember) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: member.name, exact: true }) });
}

/** A second browser (same device as the project) for the staff member's own session. */
export async function newDeviceContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId } = testInfo.project.use;
  return browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, timezoneId });
}

/** Signs `member` in on their surface's sign-in page and waits for their home page. */
export async function signInAsStaffMember(page: Page, member: TestStaffMember, surface: "/admin" | "/field"): Promise<void> {
  await page.goto(`${surface}/sign-in`);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${surface}$`));
}
