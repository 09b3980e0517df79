/**
 * Issue 5, invitations and identity, through the real pages: a dispatcher adds a contact and
 * invites it, the email arrives (the end-to-end server's mail catcher stores what its SMTP
 * server received in caught_emails), the customer accepts it from the email's link, creates a
 * profile, lands in the portal, signs out and signs in again, then resets the password through
 * the emailed link, after which the old password fails and the invitation code stays spent. Also: one message for a code that
 * does not work, web roles enforced on the next request, and who may open the contacts.
 */
import { randomUUID } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { demoSignIn, fillSignIn, signInAs } from "./support/auth";
import { linkEmailedTo, RESET_LINK } from "./support/customers";
import { queryRows } from "./support/database";
import { E2E_BASE_URL } from "./support/environment";
import { expect, expectAccessible, test } from "./support/fixtures";

/** The text of the newest email the mail catcher received for `address`, once there is one. */
async function emailTo(address: string): Promise<string> {
  let text: string | null = null;
  await expect
    .poll(
      async () => {
        const rows = await queryRows<{ text: string | null }>(
          `SELECT text FROM caught_emails WHERE $1 = ANY("to") ORDER BY received_at DESC LIMIT 1`,
          [address],
        );
        text = rows[0]?.text ?? null;
        return text !== null;
      },
      { timeout: 30_000, message: `an email reaches ${address}` },
    )
    .toBe(true);
  return text!;
}

/** A signed-in staff page in a desktop-sized context of its own, beside the customer's page. */
async function staffPage(browser: Browser, role: "dispatcher" | "admin"): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-GB", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await signInAs(page, role);
  return page;
}

async function createContact(page: Page, person: { firstName: string; lastName: string; email: string }): Promise<string> {
  await page.goto("/admin/contacts/new");
  await page.getByLabel("First name").fill(person.firstName);
  await page.getByLabel("Last name").fill(person.lastName);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("City").fill("Lyon");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page).toHaveURL(/\/admin\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();
  return page.url().split("/").at(-1)!;
}

test.describe("invitations", () => {
  test("a dispatcher invites a contact; the customer accepts from the email, creates a profile, signs out and in, resets the password; the old one fails", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const unique = randomUUID().slice(0, 8);
    const person = { firstName: "Inès", lastName: `Moreau-${unique}`, email: `ines.${unique}@example.test` };
    const password = `lavender kettle ${unique}`;

    // ── The dispatcher ──
    const staff = await staffPage(browser, "dispatcher");
    await staff.goto("/admin/contacts");
    await expect(staff.getByRole("heading", { level: 1, name: "Contacts" })).toBeVisible();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: "New contact" }).first().click();
    await expect(staff.getByRole("heading", { level: 1, name: "New contact" })).toBeVisible();
    await expectAccessible(staff);
    await createContact(staff, person);
    await expectAccessible(staff);

    await staff.getByRole("button", { name: "Create invitation" }).click();
    const dialog = staff.getByRole("dialog", { name: `Invite ${person.firstName} ${person.lastName} to the portal` });
    await expect(dialog.getByLabel("Valid for")).toHaveValue("14");
    await expect(dialog.getByLabel(`Email the invitation to ${person.email}`)).toBeChecked();
    await expectAccessible(staff);
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    const created = staff.getByRole("dialog", { name: "Invitation created" });
    await expect(created).toContainText("The invitation email is on its way.");
    const shownCode = await created.getByRole("textbox", { name: "Invitation code" }).inputValue();
    expect(shownCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
    await created.getByRole("button", { name: "Done" }).click();
    await expect(staff.getByRole("listitem").filter({ hasText: "Pending" })).toContainText("Used 0 of 1 time");

    // Advanced shows the same code and the portal link again.
    await staff.getByRole("button", { name: "Advanced" }).click();
    await expect(staff.getByRole("textbox", { name: "Invitation code" })).toHaveValue(shownCode);
    await expect(staff.getByRole("textbox", { name: "Portal link" })).toHaveValue(`${E2E_BASE_URL}/portal/sign-in?tab=invitation&code=${shownCode}`);
    await expectAccessible(staff);

    // ── The email ──
    const email = await emailTo(person.email);
    expect(email).toContain(shownCode);
    const link = /https?:\/\/\S+\/portal\/sign-in\?tab=invitation&code=[0-9A-Z-]+/.exec(email)?.[0];
    expect(link).toBe(`${E2E_BASE_URL}/portal/sign-in?tab=invitation&code=${shownCode}`);

    // ── The customer, from the email's link ──
    await page.goto(link!);
    await expect(page.getByRole("tab", { name: "Accept invitation" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByLabel("Invitation code")).toHaveValue(shownCode);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Continue" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Create your profile" })).toBeFocused();
    await expect(page.getByText(person.email)).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue(`${person.firstName} ${person.lastName}`);
    await page.getByLabel("Phone").fill("+33 6 11 22 33 44");
    await page.getByLabel("Password", { exact: true }).fill("password123");
    await page.getByLabel("Confirm password").fill("password123");
    await page.getByRole("button", { name: "Create profile and sign in" }).click();
    await expect(page.getByText("This password is too common")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Confirm password").fill(password);
    await page.getByRole("button", { name: "Create profile and sign in" }).click();

    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your appointments" })).toBeVisible();
    const [user] = await queryRows<{ password_hash: string; contact_id: string }>(
      `SELECT password_hash, contact_id FROM users WHERE email = $1`,
      [person.email],
    );
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);

    // The staff page shows the invitation used and the web role the profile brought.
    await staff.reload();
    await expect(staff.getByRole("listitem").filter({ hasText: "Redeemed" })).toContainText("Used 1 of 1 time");
    await expect(staff.getByRole("region", { name: "Web roles" })).toContainText("Authenticated users");
    await staff.context().close();

    // ── Sign out, then in again with the new password ──
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
    await fillSignIn(page, "/portal/sign-in", person.email, password);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your appointments" })).toBeVisible();

    // ── Forgot password: reset through the emailed link; the old password then fails ──
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
    await page.getByLabel("Email").fill(person.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeFocused();
    await expect.poll(() => linkEmailedTo(person.email, RESET_LINK), { timeout: 30_000 }).not.toBeNull();
    const resetLink = (await linkEmailedTo(person.email, RESET_LINK))!;
    const newPassword = `copper lantern ${unique}`;
    await page.goto(resetLink);
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("Type the new password again").fill(newPassword);
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in\?reset=done$/);
    await fillSignIn(page, "/portal/sign-in", person.email, password);
    await expect(page.locator("form").getByRole("alert")).toContainText("don't match an account");
    await fillSignIn(page, "/portal/sign-in", person.email, newPassword);
    await expect(page).toHaveURL(/\/portal$/);

    // The code was single use: the link now gets the one message for codes that do not work.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/portal\/sign-in$/);
    await page.goto(link!);
    await expect(page.getByRole("tab", { name: "Accept invitation" })).toHaveAttribute("aria-selected", "true");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("This code doesn't work.")).toBeVisible();
  });

  test("a code that does not work gets one message, whatever is wrong with it; the tabs work from the keyboard", async ({ page }) => {
    await page.goto("/portal/sign-in");
    const signInTab = page.getByRole("tab", { name: "Sign in" });
    await expect(signInTab).toHaveAttribute("aria-selected", "true");
    await signInTab.focus();
    await page.keyboard.press("ArrowRight");
    const invitationTab = page.getByRole("tab", { name: "Accept invitation" });
    await expect(invitationTab).toBeFocused();
    await expect(invitationTab).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/\?tab=invitation$/);
    await expect(page.getByRole("tabpanel", { name: "Accept invitation" })).toBeVisible();
    await expect(page.getByRole("tabpanel", { name: "Sign in" })).toBeHidden();

    const code = page.getByLabel("Invitation code");
    const message = "This code doesn't work. It may be mistyped, expired, already used or withdrawn.";
    for (const attempt of ["ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "not a code"]) {
      await code.fill(attempt);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByText(message)).toBeVisible();
      await expect(code).toHaveAttribute("aria-invalid", "true");
      await expect(code).toBeFocused();
    }
    // An empty field is asked for, not refused.
    await code.fill("");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Enter your invitation code.")).toBeVisible();
  });

  test("removing Authenticated users locks a signed-in customer out on the next request; adding it back lets them in", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const unique = randomUUID().slice(0, 8);
    const person = { firstName: "Rémi", lastName: `Garnier-${unique}`, email: `remi.${unique}@example.test` };
    const password = `copper lantern ${unique}`;

    // Invited and accepted with the code shown to staff (sent by other means: no email).
    const staff = await staffPage(browser, "dispatcher");
    const contactId = await createContact(staff, person);
    await staff.getByRole("button", { name: "Create invitation" }).click();
    const dialog = staff.getByRole("dialog", { name: `Invite ${person.firstName} ${person.lastName} to the portal` });
    await dialog.getByLabel(`Email the invitation to ${person.email}`).uncheck();
    await dialog.getByRole("button", { name: "Create invitation" }).click();
    const created = staff.getByRole("dialog", { name: "Invitation created" });
    await expect(created).toContainText("No email was sent");
    const code = await created.getByRole("textbox", { name: "Invitation code" }).inputValue();
    await created.getByRole("button", { name: "Done" }).click();

    await page.goto("/portal/sign-in?tab=invitation");
    await page.getByLabel("Invitation code").fill(code.toLowerCase().replaceAll("-", " "));
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Confirm password").fill(password);
    await page.getByRole("button", { name: "Create profile and sign in" }).click();
    await expect(page).toHaveURL(/\/portal$/);

    // Related → Web roles: remove Authenticated users.
    await staff.goto(`/admin/contacts/${contactId}`);
    await staff.getByRole("button", { name: "Remove Authenticated users" }).click();
    const confirm = staff.getByRole("alertdialog", { name: `Remove Authenticated users from ${person.firstName} ${person.lastName}?` });
    await confirm.getByRole("button", { name: "Remove web role" }).click();
    await expect(staff.getByText("Without Authenticated users, this contact can't use the portal")).toBeVisible();
    expect(await queryRows(`SELECT 1 FROM audit_logs WHERE entity_id = $1 AND action = 'web_role.removed'`, [contactId])).toHaveLength(1);

    const refused = await page.goto("/portal");
    expect(refused?.status()).toBe(403);

    // Add existing web role → Authenticated users: the portal opens again.
    await staff.getByRole("button", { name: "Add existing web role" }).click();
    const add = staff.getByRole("dialog", { name: `Add a web role to ${person.firstName} ${person.lastName}` });
    await add.getByLabel("Web role").selectOption({ label: "Authenticated users" });
    await expectAccessible(staff);
    await add.getByRole("button", { name: "Add", exact: true }).click();
    await expect(staff.getByRole("button", { name: "Remove Authenticated users" })).toBeVisible();
    await staff.context().close();

    const welcomed = await page.goto("/portal");
    expect(welcomed?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Your appointments" })).toBeVisible();
  });

  test("a contact that does not exist, or a malformed id, is not found", async ({ page }) => {
    await signInAs(page, "dispatcher");
    for (const id of [randomUUID(), "not-a-contact-id"]) {
      const response = await page.goto(`/admin/contacts/${id}`);
      expect(response?.status()).toBe(404);
    }
  });

  test("a technician cannot open the contacts (403), and a customer is sent to the staff sign-in", async ({ page }) => {
    const [pending] = await queryRows<{ contact_id: string; email: string }>(
      `SELECT i.contact_id, c.email FROM invitations i JOIN contacts c ON c.id = i.contact_id
        WHERE i.revoked_at IS NULL AND i.redemption_count < i.max_redemptions AND i.expires_at > now() LIMIT 1`,
    );
    expect(pending).toBeDefined();

    await signInAs(page, "technician");
    for (const path of ["/admin/contacts", `/admin/contacts/${pending!.contact_id}`, "/admin/web-roles"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    }
    await page.getByRole("link", { name: "Go to the home page" }).waitFor();

    // A portal customer reaches no staff page, and none of another contact's data.
    await page.context().clearCookies();
    const { email, password } = demoSignIn("customer");
    await fillSignIn(page, "/portal/sign-in", email, password);
    await expect(page).toHaveURL(/\/portal$/);
    await page.goto(`/admin/contacts/${pending!.contact_id}`);
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    expect(await page.content()).not.toContain(pending!.email);
  });
});
