/** Signing in through the real sign-in pages, as the demo company's people. */
import { expect, type Page } from "@playwright/test";
import { DEMO_SIGN_INS, type DemoRole } from "../../../lib/demo";

const SIGN_IN_PAGE: Record<DemoRole, string> = {
  admin: "/admin/sign-in",
  dispatcher: "/admin/sign-in",
  technician: "/field/sign-in",
  customer: "/portal/sign-in",
};

export function demoSignIn(role: DemoRole) {
  const signIn = DEMO_SIGN_INS.find((candidate) => candidate.role === role);
  if (!signIn) throw new Error(`No demo sign-in for ${role}`);
  return signIn;
}

export async function fillSignIn(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in as the first demo person of `role` and waits for their home page. */
export async function signInAs(page: Page, role: DemoRole): Promise<void> {
  const { email, password } = demoSignIn(role);
  await fillSignIn(page, SIGN_IN_PAGE[role], email, password);
  await expect(page).not.toHaveURL(/sign-in/);
}
