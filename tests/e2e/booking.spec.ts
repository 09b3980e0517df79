/**
 * Issue 6 on the portal, in a real browser: book → Upcoming with its email → reschedule →
 * cancel with a reason → Past; and two customers' browsers racing for the last free slot.
 *
 * Both projects (desktop, phone) run at once against one database, so each uses its own days
 * of next month (never today's, whose slots depend on the clock) and the race its own service
 * that only one technician can do.
 */
import { randomUUID } from "node:crypto";
import { type Browser, type Page } from "@playwright/test";
import { signInAs, demoSignIn } from "./support/auth";
import { queryRows as sql } from "./support/database";
import { expect, test } from "./support/fixtures";

/** Each project's own available days of next month: desktop 0, 2, 4…; phone 1, 3, 5…. */
function dayIndex(projectName: string, nth: number): number {
  return nth * 2 + (projectName === "phone" ? 1 : 0);
}

/**
 * Emails the customer received about the appointment with `subjectPrefix`, whose calendar
 * attachment updates the same event (its UID) with `method` (REQUEST or CANCEL).
 */
async function emailsFor(appointmentId: string, subjectPrefix: string, method: "REQUEST" | "CANCEL"): Promise<number> {
  const rows = await sql<{ count: string }>(
    `SELECT count(*) FROM caught_emails WHERE $1 = ANY("to") AND subject LIKE $2 AND attachments::text LIKE $3 AND attachments::text LIKE $4`,
    [demoSignIn("customer").email, `${subjectPrefix}%`, `%UID:appointment-${appointmentId}@fieldbook%`, `%METHOD:${method}%`],
  );
  return Number(rows[0]?.count);
}

/** Next month in the calendar, then the `index`-th day that has slots; returns its slot radios. */
async function pickDay(page: Page, index: number) {
  const grid = page.getByRole("grid");
  await expect(grid).toHaveAttribute("aria-busy", "false");
  const month = page.locator("#picker-month");
  const thisMonth = await month.textContent();
  await page.getByRole("button", { name: "Next month" }).click();
  await expect(month).not.toHaveText(thisMonth!);
  await expect(grid).toHaveAttribute("aria-busy", "false");
  const day = grid.getByRole("button", { disabled: false }).nth(index);
  await day.click();
  const times = page.getByRole("group", { name: /^Available times on/ });
  await expect(times).toBeVisible();
  return times.getByRole("radio");
}

async function chooseService(page: Page, productType: string, service: string) {
  await page.getByRole("radio", { name: productType }).check();
  await page.getByRole("radio", { name: new RegExp(`^${service}`) }).check();
}

async function book(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Review" }).click();
  await expect(page.getByTestId("booking-policy")).toContainText("You can reschedule this visit until");
  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your visit is booked" })).toBeVisible();
  const id = /\/portal\/appointments\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

test("book, see it in Upcoming with its email, reschedule, cancel with a reason, see it in Past", async ({ page }, testInfo) => {
  await signInAs(page, "customer");
  await page.getByRole("link", { name: "Book a new appointment" }).click();
  await expect(page).toHaveURL(/\/portal\/book$/);

  await chooseService(page, "Heat pump", "Annual maintenance");
  const slots = await pickDay(page, dayIndex(testInfo.project.name, 0));
  await slots.first().check();
  await page.getByLabel(/Comments/).fill("The unit is behind the garage.");
  const appointmentId = await book(page);
  await expect(page.getByText("The unit is behind the garage.")).toBeVisible();
  const number = (await page.getByText(/^Visit A-\d+$/).textContent())!.replace("Visit ", "");

  await page.getByRole("link", { name: "Your appointments" }).click();
  await expect(page.locator("#upcoming").getByRole("link", { name: new RegExp(`${number}$`) })).toBeVisible();
  await expect.poll(() => emailsFor(appointmentId, "Visit booked", "REQUEST"), { timeout: 30_000 }).toBe(1);

  await page.locator("#upcoming").getByRole("link", { name: new RegExp(`${number}$`) }).click();
  const before = await page.getByTestId("appointment-when").textContent();
  await page.getByRole("button", { name: "Reschedule" }).click();
  const newSlots = await pickDay(page, dayIndex(testInfo.project.name, 2));
  await newSlots.last().check();
  await page.getByRole("button", { name: "Move my visit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your visit has been moved" })).toBeVisible();
  await expect(page.getByTestId("appointment-when")).not.toHaveText(before!);
  await expect.poll(() => emailsFor(appointmentId, "Visit moved", "REQUEST"), { timeout: 30_000 }).toBe(1);

  await page.getByRole("button", { name: "Cancel visit" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Cancel visit" }).click();
  await expect(dialog.getByText("Tell us why you are cancelling.").or(dialog.getByText(/at least 3 characters/))).toBeVisible();
  await dialog.getByLabel("Why are you cancelling?").fill("We replaced the heat pump.");
  await dialog.getByRole("button", { name: "Cancel visit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your visit has been cancelled" })).toBeVisible();
  await expect(page.getByText("We replaced the heat pump.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Reschedule" })).toHaveCount(0);
  await expect.poll(() => emailsFor(appointmentId, "Visit cancelled", "CANCEL"), { timeout: 30_000 }).toBe(1);

  await page.getByRole("link", { name: "Your appointments" }).click();
  await expect(page.locator("#past").getByRole("link", { name: new RegExp(`${number}$`) })).toBeVisible();
  await expect(page.locator("#upcoming").getByRole("link", { name: new RegExp(`${number}$`) })).toHaveCount(0);
});

/** A service only one technician can do, so each of its slots is that technician's last. */
async function createSoloService(tag: string): Promise<{ productType: string; service: string }> {
  const productType = `Race ${tag}`;
  const service = `Solo check ${tag}`;
  await sql(
    `WITH pt AS (INSERT INTO product_types (id, name, updated_at) VALUES ($1, $3, now()) RETURNING id),
          sk AS (INSERT INTO skills (id, name) VALUES ($2, $4) RETURNING id),
          sv AS (INSERT INTO services (id, product_type_id, name, duration_minutes, updated_at)
                 SELECT $5, pt.id, $6, 60, now() FROM pt RETURNING id),
          ss AS (INSERT INTO service_skills (service_id, skill_id) SELECT sv.id, sk.id FROM sv, sk)
     INSERT INTO technician_skills (technician_id, skill_id)
     SELECT t.id, sk.id FROM sk, (SELECT id FROM technicians WHERE active ORDER BY display_name LIMIT 1) t`,
    [randomUUID(), randomUUID(), productType, `Solo skill ${tag}`, randomUUID(), service],
  );
  return { productType, service };
}

async function customerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await signInAs(page, "customer");
  return page;
}

test("two browsers race for the last free slot: one books it, the other is told and sees fresh slots", async ({ page, browser }, testInfo) => {
  const { productType, service } = await createSoloService(`${testInfo.project.name} ${randomUUID().slice(0, 8)}`);
  const index = dayIndex(testInfo.project.name, 1);
  const other = await customerPage(browser);
  await signInAs(page, "customer");

  for (const p of [page, other]) {
    await p.goto("/portal/book");
    await chooseService(p, productType, service);
    const slots = await pickDay(p, index);
    await slots.first().check();
    await p.getByRole("button", { name: "Review" }).click();
  }
  const taken = await page.getByRole("group", { name: /^Available times on/ }).count();
  expect(taken).toBe(0);

  await other.getByRole("button", { name: "Book", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "Your visit is booked" })).toBeVisible();

  await page.getByRole("button", { name: "Book", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This time was just taken" })).toBeVisible();
  const fresh = page.getByRole("group", { name: /^Available times on/ }).getByRole("radio");
  await expect(fresh.first()).toBeVisible();
  await expect(page.getByRole("radio", { checked: true, name: /^\d\d:\d\d/ })).toHaveCount(0);
  await other.context().close();
});
