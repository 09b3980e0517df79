/**
 * Issue 5, back office: Admin → Contacts → a contact → Edit contact, through the real pages.
 * The desktop and phone projects share one database, so each test adds its own contact.
 */
import { randomUUID } from "node:crypto";
import { type Page } from "@playwright/test";
import pg from "pg";
import { signInAs } from "./support/auth";
import { E2E_DATABASE_URL } from "./support/environment";
import { expect, test } from "./support/fixtures";
import { dismissToasts } from "./support/staff";

/** Adds a contact through New contact (the page must be signed in as staff); returns its id. */
async function createContact(page: Page, person: { firstName: string; lastName: string; email: string }): Promise<string> {
  await page.goto("/admin/contacts/new");
  await page.getByLabel("First name").fill(person.firstName);
  await page.getByLabel("Last name").fill(person.lastName);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Phone").fill("+33 6 11 11 11 11");
  await page.getByLabel("City").fill("Lyon");
  await page.getByRole("button", { name: "Create contact" }).click();
  await expect(page).toHaveURL(/\/admin\/contacts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: `${person.firstName} ${person.lastName}` })).toBeVisible();
  await dismissToasts(page);
  return page.url().split("/").at(-1)!;
}

function newPerson(project: string) {
  const unique = randomUUID().slice(0, 8);
  return { firstName: "Margaux", lastName: `Édit-${project}-${unique}`, email: `margaux.${project}.${unique}@example.test` };
}

test.describe("editing a contact", () => {
  test("a dispatcher changes a contact's phone and city and sees them on the contact", async ({ page }, testInfo) => {
    const person = newPerson(testInfo.project.name);
    await signInAs(page, "dispatcher");
    const contactId = await createContact(page, person);

    await page.getByRole("link", { name: "Edit contact" }).click();
    await expect(page).toHaveURL(`/admin/contacts/${contactId}/edit`);
    await expect(page.getByRole("heading", { level: 1, name: "Edit contact" })).toBeVisible();
    // The form starts from the stored contact.
    await expect(page.getByLabel("Last name")).toHaveValue(person.lastName);
    await expect(page.getByLabel("Email")).toHaveValue(person.email);
    await expect(page.getByLabel("Phone")).toHaveValue("+33 6 11 11 11 11");
    await expect(page.getByLabel("City")).toHaveValue("Lyon");

    await page.getByLabel("Phone").fill("+33 4 72 00 00 00");
    await page.getByLabel("Postal code").fill("33000");
    await page.getByLabel("City").fill("Bordeaux");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(`/admin/contacts/${contactId}`);
    await expect(page.getByRole("region", { name: "Notifications" })).toContainText("Contact saved.");
    const details = page.getByRole("region", { name: "Details" });
    await expect(details).toContainText("+33 4 72 00 00 00");
    await expect(details).toContainText("33000 Bordeaux");
    await expect(details).not.toContainText("+33 6 11 11 11 11");
    await expect(details).not.toContainText("Lyon");
    await expect(details).toContainText(person.email);
    await dismissToasts(page);
  });

  test("an invalid email is refused on its field, the form keeps what was typed and the contact is unchanged", async ({ page }, testInfo) => {
    const person = newPerson(testInfo.project.name);
    await signInAs(page, "dispatcher");
    const contactId = await createContact(page, person);

    await page.goto(`/admin/contacts/${contactId}/edit`);
    await page.getByLabel("Email").fill("margaux@");
    await page.getByLabel("City").fill("Marseille");
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Some fields need your attention." })).toBeVisible();
    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Enter a valid email address, like name@example\.com\./);
    await expect(page).toHaveURL(`/admin/contacts/${contactId}/edit`);
    await expect(email).toHaveValue("margaux@");
    await expect(page.getByLabel("City")).toHaveValue("Marseille");

    await page.goto(`/admin/contacts/${contactId}`);
    const details = page.getByRole("region", { name: "Details" });
    await expect(details).toContainText(person.email);
    await expect(details).toContainText("Lyon");
    await expect(details).not.toContainText("Marseille");
  });

  test("a technician cannot open the edit page (403)", async ({ page }) => {
    const client = new pg.Client(E2E_DATABASE_URL);
    await client.connect();
    const contactId = await client
      .query<{ id: string }>("SELECT id FROM contacts ORDER BY created_at LIMIT 1")
      .then((result) => result.rows[0]!.id)
      .finally(() => client.end());

    await signInAs(page, "technician");
    const response = await page.goto(`/admin/contacts/${contactId}/edit`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  });
});
