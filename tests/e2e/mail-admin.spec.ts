/**
 * Issue 4, "Mail that is never lost", through the back office: mailboxes (add → approve →
 * test and enable, a wrong password refused with the SMTP server's own words), the
 * password-reset process refusing a sender without an enabled mailbox, the outbox retrying a
 * failed email, the mail catcher showing what was sent, and rights.
 */
import { randomUUID } from "node:crypto";
import { type Page } from "@playwright/test";
import pg from "pg";
import { startSmtpTestServer, type SmtpTestServer } from "../integration/mail-admin/smtp-test-server";
import { signInAs } from "./support/auth";
import { E2E_DATABASE_URL } from "./support/environment";
import { expect, expectAccessible, test } from "./support/fixtures";

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Toasts sit at the bottom of the screen, over the buttons below them on a phone: read and close them. */
async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.getByRole("region", { name: "Notifications" }).getByRole("button", { name: "Dismiss" });
  // A toast may close on its own between the count and the click: a short wait is enough.
  while ((await toasts.count()) > 0) await toasts.first().click({ timeout: 2_000 }).catch(() => undefined);
}

function mailboxCard(page: Page, name: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

test.describe("mail settings", () => {
  let smtp: SmtpTestServer;
  const SMTP_USER = "bookings@e2e.test";
  const SMTP_PASSWORD = "the-right-password";

  test.beforeAll(async () => {
    smtp = await startSmtpTestServer({ user: SMTP_USER, password: SMTP_PASSWORD });
  });
  test.afterAll(async () => {
    await smtp.close();
  });

  test("an admin adds a mailbox; a wrong password fails the test with the server's answer; the right one enables it and the test message arrives", async ({
    page,
  }) => {
    const name = `E2E mailbox ${randomUUID().slice(0, 8)}`;
    const address = `${name.split(" ").at(-1)}@e2e.test`;
    await signInAs(page, "admin");
    await page.goto("/admin/settings");
    await page.getByRole("link", { name: "Mailboxes" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mailboxes" })).toBeVisible();

    await page.getByRole("button", { name: "Add mailbox" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a mailbox" });
    await dialog.getByLabel("Sender name").fill(name);
    await dialog.getByLabel("From address").fill(address);
    await dialog.getByLabel("SMTP server").fill("127.0.0.1");
    await dialog.getByLabel("Security").selectOption("NONE");
    await dialog.getByLabel("Port").fill(String(smtp.port));
    await dialog.getByLabel("SMTP user name").fill(SMTP_USER);
    await dialog.getByLabel("SMTP password").fill("a-wrong-password");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Add mailbox" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Mailbox added. Next, approve its address.")).toBeVisible();
    await dismissToasts(page);

    const card = mailboxCard(page, name);
    await expect(card.getByText("Pending approval")).toBeVisible();
    await card.getByRole("button", { name: "Approve email" }).click();
    await expect(card.getByText("Approved, not tested")).toBeVisible();
    await dismissToasts(page);

    await card.getByRole("button", { name: "Test and enable mailbox" }).click();
    await expect(page.getByText("The test failed and the mailbox stays disabled.")).toBeVisible();
    await expect(card.getByTestId("last-test-error")).toContainText(smtp.authFailureText);
    await expect(card.getByTestId("last-test-error")).toContainText("535");
    await expect(card.getByText("Approved, not tested")).toBeVisible();
    expect(smtp.messages).toHaveLength(0);
    await dismissToasts(page);

    await card.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: `Edit ${name}` });
    await expect(edit.getByLabel("SMTP password")).toHaveValue("");
    await edit.getByLabel("SMTP password").fill(SMTP_PASSWORD);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await expect(card.getByTestId("last-test-error")).toHaveCount(0);
    await dismissToasts(page);

    await card.getByRole("button", { name: "Test and enable mailbox" }).click();
    await expect(card.getByText("Enabled", { exact: true })).toBeVisible();
    await expect(card.getByText("The last test passed.")).toBeVisible();
    await expect.poll(() => smtp.messages.map((message) => message.subject)).toContain(`Fieldbook test message from ${name}`);

    // The password never comes back to the browser.
    expect(await page.content()).not.toContain(SMTP_PASSWORD);
  });

  test("the password-reset process is refused with a sender whose mailbox is not enabled, and stays as it was", async ({ page }) => {
    const before = await withDatabase(async (client) => {
      const { rows } = await client.query<{ enabled: boolean; sender: string | null }>(
        "SELECT password_reset_process_enabled AS enabled, password_reset_sender_user_id AS sender FROM settings WHERE id = 1",
      );
      return rows[0];
    });
    await signInAs(page, "admin");
    await page.goto("/admin/settings/notifications");
    const process = page.getByRole("region", { name: "Send password reset to contact" });
    const from = process.getByLabel("From");
    const noMailboxOption = from.locator("option", { hasText: "no mailbox" }).first();
    await from.selectOption({ label: (await noMailboxOption.textContent()) ?? "" });
    await process.getByRole("switch", { name: "Send password reset emails" }).check();
    await process.getByRole("button", { name: "Save process" }).click();

    const alert = process.getByRole("alert");
    await expect(alert).toContainText("Password reset cannot be switched on yet");
    await expect(alert).toContainText("has no mailbox");
    await expect(alert.getByRole("link", { name: "Open Mailboxes" })).toBeVisible();

    const after = await withDatabase(async (client) => {
      const { rows } = await client.query<{ enabled: boolean; sender: string | null }>(
        "SELECT password_reset_process_enabled AS enabled, password_reset_sender_user_id AS sender FROM settings WHERE id = 1",
      );
      return rows[0];
    });
    expect(after).toEqual(before);
  });

  test("the notifications page lists the eight notifications with their switches and senders", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/settings/notifications");
    const list = page.getByRole("list", { name: "Notifications, whether each is sent, and its sender" });
    await expect(list.getByRole("listitem")).toHaveCount(8);
    for (const name of ["Invitation", "Booking confirmation", "Visit rescheduled", "Visit cancelled", "Reminder", "Technician on the way", "Visit completed", "Password reset"]) {
      await expect(list.getByRole("switch", { name: `Send “${name}”` })).toBeVisible();
    }
  });

  test("the templates page previews every template in English and French", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/settings/templates");
    await page.getByRole("link", { name: "Visit cancelled" }).click();
    await expect(page.getByTestId("template-subject")).toContainText("Visit cancelled:");
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page.getByTestId("template-subject")).toContainText("Intervention annulée");
    await expect(page.locator("pre")).toContainText("(Europe/Paris)");
    await expect(page.frameLocator("iframe").getByRole("heading", { name: "Votre intervention est annulée" })).toBeVisible();
  });
});

test.describe("outbox and mail catcher", () => {
  test("the outbox lists a failed email with its error; Retry sends it, and the mail catcher shows it", async ({ page }) => {
    const id = randomUUID();
    const subject = `E2E failed email ${id.slice(0, 8)}`;
    await withDatabase((client) =>
      client.query(
        `INSERT INTO outbox_emails (id, "to", subject, html, text, template, status, attempts, last_error, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'invitation', 'FAILED', 10, '421 4.7.0 Try again later, closing connection', now())`,
        [id, ["claire.martin@e2e.test"], subject, `<p>Your code: ${id}</p>`, `Your code: ${id}`],
      ),
    );

    await signInAs(page, "admin");
    await page.goto("/admin/outbox");
    await page.getByRole("link", { name: /^Failed/ }).click();
    await expect(page).toHaveURL(/status=FAILED/);
    const row = page.getByRole("row").filter({ hasText: subject });
    await expect(row).toContainText("421 4.7.0 Try again later");
    await expect(row).toContainText("Failed");
    await row.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByText("Email queued again.")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: subject })).toHaveCount(0);

    // The worker sends it through the demo's mailbox, which points at the mail catcher.
    await expect
      .poll(() => withDatabase(async (client) => (await client.query("SELECT status FROM outbox_emails WHERE id = $1", [id])).rows[0]?.status), {
        timeout: 30_000,
      })
      .toBe("SENT");
    await page.goto("/admin/outbox?status=SENT");
    await expect(page.getByRole("row").filter({ hasText: subject })).toContainText("Sent");

    await page.goto("/admin/mail-catcher");
    await page.getByRole("link", { name: new RegExp(subject) }).click();
    await expect(page.getByRole("heading", { level: 2, name: subject })).toBeVisible();
    await expect(page.locator("pre")).toContainText(`Your code: ${id}`);
    await expect(page.frameLocator("iframe").getByText(`Your code: ${id}`)).toBeVisible();
  });

  test("a dispatcher sees the outbox but cannot open mailbox settings", async ({ page }) => {
    await signInAs(page, "dispatcher");
    const outbox = await page.goto("/admin/outbox");
    expect(outbox?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();

    const settings = await page.goto("/admin/settings/mailboxes");
    expect(settings?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText("bookings@brightwater")).toHaveCount(0);
  });
});
