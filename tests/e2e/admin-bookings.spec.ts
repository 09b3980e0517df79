/**
 * Issue 6, back office: a dispatcher finds a visit with the list's filters, opens it, gives it
 * to another technician (one who is busy then is refused), sets it Traveling (the customer
 * gets "on the way"), then completes it (the customer gets "visit completed"); every change is
 * in the audit log. A technician cannot open the bookings pages nor call their actions.
 *
 * Both projects (desktop, phone) run at once against one database: each test inserts its own
 * customer, technicians (no working hours, so the portal never offers them) and visit, and
 * deactivates its technicians at the end.
 */
import { randomUUID } from "node:crypto";
import { type Page, type Request } from "@playwright/test";
import pg from "pg";
import { signInAs } from "./support/auth";
import { queryRows as sql } from "./support/database";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/environment";
import { expect, expectAccessible, test } from "./support/fixtures";
import { dismissToasts, newDeviceContext } from "./support/staff";

interface Scenario {
  appointmentId: string;
  number: number;
  serviceName: string;
  /** "YYYY-MM-DD" in Paris. */
  date: string;
  customerEmail: string;
  technicians: { current: string; free: string; busy: string };
  technicianIds: string[];
}

/** A day a few weeks ahead, different per project, in the company's zone. */
function dayFor(projectName: string): string {
  const days = projectName === "phone" ? 41 : 40;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000));
}

/**
 * A customer, three technicians holding the service's skills (the visit's, a free one, one
 * busy at the visit's time) and a SCHEDULED visit 10:00–11:00 Paris time on `date`.
 */
async function createScenario(date: string): Promise<Scenario> {
  const tag = randomUUID().slice(0, 8);
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    await client.query("BEGIN");
    const [service] = (
      await client.query<{ id: string; name: string; duration_minutes: number }>(
        `SELECT s.id, s.name, s.duration_minutes FROM services s WHERE s.active ORDER BY s.name, s.id LIMIT 1`,
      )
    ).rows;
    const customerEmail = `dispatch-${tag}@example.test`;
    const contact = await client.query<{ id: string }>(
      `INSERT INTO contacts (id, first_name, last_name, email, street, postal_code, city, country, time_zone, updated_at)
       VALUES (gen_random_uuid(), 'Lucie', $1, $2, '8 Rue Oberkampf', '75011', 'Paris', 'FR', 'Europe/Paris', now()) RETURNING id`,
      [`Garnier ${tag}`, customerEmail],
    );
    const names = { current: `Paul Current ${tag}`, free: `Ines Free ${tag}`, busy: `Hugo Busy ${tag}` };
    const technicianIds: string[] = [];
    for (const name of [names.current, names.free, names.busy]) {
      const user = await client.query<{ id: string }>(
        `INSERT INTO users (id, email, name, staff_role, updated_at) VALUES (gen_random_uuid(), $1, $2, 'TECHNICIAN', now()) RETURNING id`,
        [`tech-${randomUUID().slice(0, 8)}@fieldbook.test`, name],
      );
      const technician = await client.query<{ id: string }>(
        `INSERT INTO technicians (id, user_id, display_name, home_street, home_postal_code, home_city, home_country, home_latitude, home_longitude, updated_at)
         VALUES (gen_random_uuid(), $1, $2, '1 Rue de Rivoli', '75001', 'Paris', 'FR', 48.8566, 2.3522, now()) RETURNING id`,
        [user.rows[0]!.id, name],
      );
      await client.query(`INSERT INTO technician_skills (technician_id, skill_id) SELECT $1, skill_id FROM service_skills WHERE service_id = $2`, [
        technician.rows[0]!.id,
        service!.id,
      ]);
      technicianIds.push(technician.rows[0]!.id);
    }
    const insertVisit = (technicianId: string, from: string, to: string) =>
      client.query<{ id: string; number: number }>(
        `INSERT INTO appointments (id, contact_id, service_id, technician_id, starts_at, ends_at, time_zone, updated_at)
         VALUES (gen_random_uuid(), $1, $2, $3, ($4 || ' ' || $5)::timestamp AT TIME ZONE 'Europe/Paris', ($4 || ' ' || $6)::timestamp AT TIME ZONE 'Europe/Paris', 'Europe/Paris', now())
         RETURNING id, number`,
        [contact.rows[0]!.id, service!.id, technicianId, date, from, to],
      );
    const visit = await insertVisit(technicianIds[0]!, "10:00", "11:00");
    await client.query(`INSERT INTO appointment_status_changes (id, appointment_id, from_status, to_status) VALUES (gen_random_uuid(), $1, NULL, 'SCHEDULED')`, [
      visit.rows[0]!.id,
    ]);
    // The busy technician has another visit overlapping 10:00–11:00.
    await insertVisit(technicianIds[2]!, "10:30", "11:30");
    await client.query("COMMIT");
    return {
      appointmentId: visit.rows[0]!.id,
      number: visit.rows[0]!.number,
      serviceName: service!.name,
      date,
      customerEmail,
      technicians: names,
      technicianIds,
    };
  } finally {
    await client.end();
  }
}

/** Takes the scenario's technicians off the board and the filters of later tests. */
async function retire(scenario: Scenario) {
  await sql(`UPDATE technicians SET active = false WHERE id = ANY($1::uuid[])`, [scenario.technicianIds]);
}

async function caughtEmail(to: string, subject: string) {
  const rows = await sql<{ text: string | null }>(`SELECT text FROM caught_emails WHERE $1 = ANY("to") AND subject = $2`, [to, subject]);
  return rows;
}

const technicianOf = async (appointmentId: string) =>
  (await sql<{ display_name: string }>(`SELECT t.display_name FROM appointments a JOIN technicians t ON t.id = a.technician_id WHERE a.id = $1`, [appointmentId]))[0]!
    .display_name;

const statusOf = async (appointmentId: string) => (await sql<{ status: string }>(`SELECT status::text FROM appointments WHERE id = $1`, [appointmentId]))[0]!.status;

async function changeStatus(page: Page, label: string, status: string) {
  await page.getByRole("button", { name: `Change status of ${label}` }).click();
  const dialog = page.getByRole("dialog", { name: "Change status" });
  await dialog.getByLabel("New status").selectOption({ label: status });
  await dialog.getByRole("button", { name: "Change status" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Status changed.")).toBeVisible();
  await dismissToasts(page);
}

test("a dispatcher filters the bookings, opens a visit, reassigns it (a busy technician is refused), sets it Traveling and completes it; the customer is emailed and the audit log has every change", async ({
  page,
}, testInfo) => {
  const scenario = await createScenario(dayFor(testInfo.project.name));
  const label = `A-${scenario.number}, ${scenario.serviceName}`;
  try {
    await signInAs(page, "dispatcher");
    await page.goto("/admin/bookings");
    const filters = page.getByRole("form", { name: "Filter bookings" });
    await filters.getByLabel("From").fill(scenario.date);
    await filters.getByLabel("To").fill(scenario.date);
    await filters.getByLabel("Status").selectOption({ label: "Scheduled" });
    await filters.getByLabel("Technician").selectOption({ label: scenario.technicians.current });
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/technicianId=/);
    // A table on a wide screen, cards on a phone: either way one visit, with its customer and zone.
    const results = testInfo.project.name === "phone" ? page.getByRole("list", { name: "Bookings" }).getByRole("listitem") : page.getByRole("table", { name: "Bookings" }).getByRole("row").filter({ has: page.getByRole("rowheader") });
    await expect(results).toHaveCount(1);
    await expect(results.first()).toContainText(`Lucie Garnier`);
    await expect(results.first()).toContainText("Europe/Paris");
    await expect(results.first()).toContainText(scenario.technicians.current);
    // The customer's name filters by customer, keeping the other filters.
    await results.first().getByRole("link", { name: /^Lucie Garnier/ }).click();
    await expect(page).toHaveURL(/contactId=/);
    await expect(page.getByText(/^Customer: Lucie Garnier/)).toBeVisible();
    await expect(results).toHaveCount(1);

    await page.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/bookings/${scenario.appointmentId}$`));
    await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
    await expect(page.getByText(/10:00\W*AM–11:00\W*AM \(Europe\/Paris\)/)).toBeVisible();

    // Onto a technician with another visit at that time: refused, nothing changes.
    await page.getByRole("button", { name: `Reassign ${label}` }).click();
    const reassign = page.getByRole("dialog", { name: "Reassign visit" });
    await reassign.getByLabel("Technician").selectOption({ label: scenario.technicians.busy });
    await reassign.getByRole("button", { name: "Reassign" }).click();
    await expect(reassign.getByRole("alert")).toContainText("This technician already has a visit");
    await expectAccessible(page);
    expect(await technicianOf(scenario.appointmentId)).toBe(scenario.technicians.current);

    // Onto a free one: done.
    await reassign.getByLabel("Technician").selectOption({ label: scenario.technicians.free });
    await reassign.getByRole("button", { name: "Reassign" }).click();
    await expect(reassign).toBeHidden();
    await expect(page.getByText("Visit reassigned.")).toBeVisible();
    await dismissToasts(page);
    await expect(page.getByRole("definition").filter({ hasText: scenario.technicians.free })).toBeVisible();
    expect(await technicianOf(scenario.appointmentId)).toBe(scenario.technicians.free);

    // Traveling: the customer hears the (new) technician is on the way.
    await changeStatus(page, label, "Traveling");
    await expect(page.getByText("Traveling", { exact: true }).first()).toBeVisible();
    await expect.poll(async () => (await caughtEmail(scenario.customerEmail, `${scenario.technicians.free} is on the way`)).length, { timeout: 30_000 }).toBe(1);
    const [onTheWay] = await caughtEmail(scenario.customerEmail, `${scenario.technicians.free} is on the way`);
    expect(onTheWay!.text).toContain("10:00–11:00 (Europe/Paris)");
    expect(onTheWay!.text).toContain(`/portal/appointments/${scenario.appointmentId}`);

    await changeStatus(page, label, "In progress");
    await changeStatus(page, label, "Completed");
    expect(await statusOf(scenario.appointmentId)).toBe("COMPLETED");
    // Nothing left to change on a completed visit.
    await expect(page.getByRole("button", { name: `Change status of ${label}` })).toHaveCount(0);
    await expect.poll(async () => (await caughtEmail(scenario.customerEmail, `Visit completed: ${scenario.serviceName}`)).length, { timeout: 30_000 }).toBe(1);

    // The visit's history on its page, and the audit log, by the dispatcher.
    const history = page.getByRole("list", { name: "History" });
    // Booked, reassigned, Traveling, In progress, Completed.
    await expect(history.getByRole("listitem")).toHaveCount(5);
    await expect(history).toContainText("Scheduled → Traveling");
    await expect(history).toContainText("In progress → Completed");
    await expect(history).toContainText(`Reassigned from ${scenario.technicians.current} to ${scenario.technicians.free}`);
    const audit = await sql<{ action: string; data: { to?: string }; email: string }>(
      `SELECT l.action, l.data, u.email FROM audit_logs l JOIN users u ON u.id = l.actor_user_id WHERE l.entity_type = 'appointment' AND l.entity_id = $1 ORDER BY l.created_at, l.id`,
      [scenario.appointmentId],
    );
    expect(audit.map((entry) => [entry.action, entry.data.to ?? null, entry.email])).toEqual([
      ["appointment.reassigned", null, "dispatcher@fieldbook.test"],
      ["appointment.status_changed", "TRAVELING", "dispatcher@fieldbook.test"],
      ["appointment.status_changed", "IN_PROGRESS", "dispatcher@fieldbook.test"],
      ["appointment.status_changed", "COMPLETED", "dispatcher@fieldbook.test"],
    ]);

    // The day board shows it in the new technician's column.
    await page.goto(`/admin/bookings/board?date=${scenario.date}`);
    const column = page.getByRole("list", { name: "Technicians" }).getByRole("listitem", { name: scenario.technicians.free });
    await expect(column.getByRole("link", { name: label })).toBeVisible();
    await expect(column).toContainText("Completed");
  } finally {
    await retire(scenario);
  }
});

test("a technician gets 403 on the bookings pages and their actions; signed out, the pages ask to sign in", async ({ page, browser }, testInfo) => {
  const scenario = await createScenario(dayFor(testInfo.project.name));
  const label = `A-${scenario.number}, ${scenario.serviceName}`;
  const dispatcher = await newDeviceContext(browser, testInfo);
  try {
    // Learn the actions' ids and wire format from the dispatcher's page, without letting them run.
    const dispatcherPage = await dispatcher.newPage();
    await signInAs(dispatcherPage, "dispatcher");
    await dispatcherPage.goto(`/admin/bookings/${scenario.appointmentId}`);
    const captured: Request[] = [];
    await dispatcherPage.route("**/admin/bookings/**", async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
        captured.push(route.request());
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await dispatcherPage.getByRole("button", { name: `Change status of ${label}` }).click();
    const statusDialog = dispatcherPage.getByRole("dialog", { name: "Change status" });
    await statusDialog.getByLabel("New status").selectOption({ label: "Traveling" });
    await statusDialog.getByRole("button", { name: "Change status" }).click();
    await expect.poll(() => captured.length).toBe(1);
    await statusDialog.getByRole("button", { name: "Cancel" }).click();
    await dispatcherPage.getByRole("button", { name: `Reassign ${label}` }).click();
    const reassignDialog = dispatcherPage.getByRole("dialog", { name: "Reassign visit" });
    await reassignDialog.getByLabel("Technician").selectOption({ label: scenario.technicians.free });
    await reassignDialog.getByRole("button", { name: "Reassign" }).click();
    await expect.poll(() => captured.length).toBe(2);
    await dispatcherPage.close();

    await signInAs(page, "technician");
    for (const path of ["/admin/bookings", "/admin/bookings/board", `/admin/bookings/${scenario.appointmentId}`]) {
      const response = await page.goto(path);
      expect(response?.status(), `a technician opening ${path}`).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
      await expect(page.getByText(scenario.customerEmail)).toHaveCount(0);
    }
    for (const request of captured) {
      const response = await page.request.post(request.url(), {
        headers: {
          "Next-Action": request.headers()["next-action"]!,
          "Content-Type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: E2E_BASE_URL,
        },
        data: request.postData() ?? "",
        maxRedirects: 0,
      });
      expect(response.status(), `a technician calling ${request.postData()}`).toBe(403);
    }
    expect(await statusOf(scenario.appointmentId)).toBe("SCHEDULED");
    expect(await technicianOf(scenario.appointmentId)).toBe(scenario.technicians.current);
    expect(await sql(`SELECT 1 FROM audit_logs WHERE entity_id = $1`, [scenario.appointmentId])).toEqual([]);

    // Signed out: the staff sign-in page.
    const visitor = await newDeviceContext(browser, testInfo);
    try {
      const visitorPage = await visitor.newPage();
      await visitorPage.goto(`/admin/bookings/${scenario.appointmentId}`);
      await expect(visitorPage).toHaveURL(/\/admin\/sign-in/);
    } finally {
      await visitor.close();
    }
  } finally {
    await dispatcher.close();
    await retire(scenario);
  }
});
