/**
 * Issue 6 part 1, the catalogue in the back office: an admin adds a skill, a product type and
 * a service requiring the skill; edits a technician's weekly hours (a break outside work is
 * refused under its row, then work with a break inside is saved and survives a reload); a
 * dispatcher gets 403 on every catalogue and portal settings page.
 */
import { signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";

test.describe("catalogue", () => {
  test("an admin creates a service requiring a new skill", async ({ page }, testInfo) => {
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const skillName = `Gas safety ${suffix}`;
    const productTypeName = `Boiler ${suffix}`;
    const serviceName = `Boiler service ${suffix}`;
    await signInAs(page, "admin");
    await page.goto("/admin/catalogue");
    await expect(page.getByRole("heading", { level: 1, name: "Catalogue" })).toBeVisible();

    await page.getByRole("button", { name: "Add skill" }).click();
    const skillDialog = page.getByRole("dialog", { name: "Add skill" });
    await skillDialog.getByRole("button", { name: "Save" }).click();
    await expect(skillDialog.getByText("Enter a name.")).toBeVisible();
    await skillDialog.getByLabel("Name").fill(skillName);
    await skillDialog.getByRole("button", { name: "Save" }).click();
    await expect(skillDialog).toBeHidden();
    await expect(page.getByRole("rowheader", { name: skillName })).toBeVisible();

    await page.getByRole("button", { name: "Add product type" }).click();
    const typeDialog = page.getByRole("dialog", { name: "Add product type" });
    await typeDialog.getByLabel("Name").fill(productTypeName);
    await typeDialog.getByRole("button", { name: "Save" }).click();
    await expect(typeDialog).toBeHidden();

    await page.getByRole("button", { name: `Add service to ${productTypeName}` }).click();
    const serviceDialog = page.getByRole("dialog", { name: "Add service" });
    await serviceDialog.getByLabel("Name").fill(serviceName);
    await serviceDialog.getByLabel("Duration (minutes)").fill("0");
    await serviceDialog.getByRole("button", { name: "Save" }).click();
    await expect(serviceDialog.getByText("Enter a whole number of minutes from 5 to 1440.")).toBeVisible();
    await serviceDialog.getByLabel("Duration (minutes)").fill("90");
    await serviceDialog.getByLabel("Buffer after (minutes)").fill("15");
    await serviceDialog.getByLabel("Price (EUR)").fill("129.50");
    await serviceDialog.getByRole("checkbox", { name: skillName }).check();
    await serviceDialog.getByRole("button", { name: "Save" }).click();
    await expect(serviceDialog).toBeHidden();

    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: serviceName }) });
    await expect(row).toContainText("90 min + 15 min after");
    await expect(row).toContainText("129.50");
    await expect(row).toContainText(skillName);
  });

  test("an admin edits a technician's weekly hours", async ({ page }, testInfo) => {
    // Each project edits its own technician: the two run at once.
    const technicianName = testInfo.project.name === "phone" ? "Julien Moreau" : "Camille Laurent";
    await signInAs(page, "admin");
    await page.goto("/admin/catalogue/technicians");
    await page.getByRole("link", { name: technicianName }).click();
    await expect(page.getByRole("heading", { level: 1, name: technicianName })).toBeVisible();

    const sunday = page.getByRole("group", { name: "Sunday" });
    await sunday.getByRole("button", { name: "Add break on Sunday" }).click();
    await page.getByRole("button", { name: "Save working hours" }).click();
    await expect(sunday.getByText("A break must lie inside working hours of the same day.")).toBeVisible();

    await sunday.getByRole("button", { name: "Add hours on Sunday" }).click();
    await sunday.getByLabel("To").first().fill("17:30");
    await page.getByRole("button", { name: "Save working hours" }).click();
    await expect(page.getByText("Working hours saved.")).toBeVisible();

    await page.reload();
    const saved = page.getByRole("group", { name: "Sunday" });
    await expect(saved.getByRole("button", { name: "Remove Sunday 08:00–17:30" })).toBeVisible();
    await expect(saved.getByRole("button", { name: "Remove Sunday 12:00–13:00" })).toBeVisible();
  });

  test("a dispatcher gets 403 on the catalogue and portal settings", async ({ page }) => {
    await signInAs(page, "dispatcher");
    for (const path of ["/admin/catalogue", "/admin/catalogue/technicians", "/admin/settings/portal"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await expect(page.getByRole("link", { name: "Catalogue" })).toHaveCount(0);
  });
});
