/**
 * Issue 5, "Done when": customer A asking for customer B's data by id gets 404 — pages and API
 * alike — with none of B's data in the HTML or the RSC payload (formbricks' check); a customer
 * without *Web API users* gets 403 from the API, signed out gets 401.
 *
 * A is customer@ (portal only), B is api-customer@ (portal and Web API users): both demo
 * customers have appointments. Nothing here changes data, so both projects share them.
 */
import pg from "pg";
import { type APIResponse, type Page } from "@playwright/test";
import { demoSignIn, signInAs } from "./support/auth";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/environment";
import { expect, test } from "./support/fixtures";

interface CustomerData {
  email: string;
  name: string;
  street: string;
  appointmentId: string;
  number: number;
}

const MISSING_ID = "00000000-0000-4000-8000-000000000000";

/** A customer's identifying details and one of their appointments (the one with comments if any). */
async function customerData(email: string): Promise<CustomerData> {
  const client = new pg.Client(E2E_DATABASE_URL);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; street: string; id: string; number: number }>(
      `SELECT c.first_name || ' ' || c.last_name AS name, c.street, a.id, a.number
         FROM users u JOIN contacts c ON c.id = u.contact_id JOIN appointments a ON a.contact_id = c.id
        WHERE u.email = $1 ORDER BY (a.comments IS NULL), a.number LIMIT 1`,
      [email],
    );
    const row = rows[0];
    if (!row) throw new Error(`${email} has no appointment in the demo data`);
    return { email, name: row.name, street: row.street, appointmentId: row.id, number: row.number };
  } finally {
    await client.end();
  }
}

/** The page's HTML and its RSC payload (what a client-side navigation fetches), as text. */
async function htmlAndRscPayload(page: Page, path: string): Promise<{ status: number; html: string; rsc: APIResponse }> {
  const response = await page.goto(path);
  const html = await page.content();
  const rsc = await page.request.get(path, { headers: { RSC: "1" } });
  return { status: response?.status() ?? 0, html: `${await response?.text()}\n${html}`, rsc };
}

/** B's data: the id itself is not (A typed it), but the reference, name, address and email are. */
function expectNoneOf(text: string, other: CustomerData, where: string) {
  for (const secret of [`A-${other.number}`, other.name, other.street, other.email]) {
    expect(text.includes(secret), `${where} must not contain ${secret}`).toBe(false);
  }
}

test.describe("customer isolation on the portal pages", () => {
  test("customer A opens their own appointment, and gets 404 with nothing of B for B's, a missing and a malformed id", async ({ page }) => {
    const [a, b] = await Promise.all([customerData(demoSignIn("customer").email), customerData("api-customer@fieldbook.test")]);
    await signInAs(page, "customer");

    // The control: their own appointment opens, with their reference.
    expect((await page.goto(`/portal/appointments/${a.appointmentId}`))?.status()).toBe(200);
    await expect(page.getByText(`A-${a.number}`)).toBeVisible();

    for (const id of [b.appointmentId, MISSING_ID, "not-a-uuid"]) {
      const { status, html, rsc } = await htmlAndRscPayload(page, `/portal/appointments/${id}`);
      expect(status, `opening ${id}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      expectNoneOf(html, b, `the HTML of /portal/appointments/${id}`);
      expectNoneOf(await rsc.text(), b, `the RSC payload of /portal/appointments/${id}`);
    }
  });
});

test.describe("the portal JSON API", () => {
  test("signed out: 401 with the JSON error format", async ({ playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    try {
      for (const path of ["/api/portal/v1/me", `/api/portal/v1/appointments/${MISSING_ID}`, "/api/portal/v1/appointments"]) {
        const response = await anonymous.get(path);
        expect(response.status(), path).toBe(401);
        expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
      }
    } finally {
      await anonymous.dispose();
    }
  });

  test("a customer without the Web API users role: 403 from the API, though the portal opens", async ({ page }) => {
    await signInAs(page, "customer");
    expect((await page.goto("/portal"))?.status()).toBe(200);
    const a = await customerData(demoSignIn("customer").email);
    for (const path of ["/api/portal/v1/me", `/api/portal/v1/appointments/${a.appointmentId}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  test("a Web API user: 200 with their own profile and appointment; 404 for customer A's appointment, like a missing id", async ({ page }) => {
    const [a, b] = await Promise.all([customerData(demoSignIn("customer").email), customerData("api-customer@fieldbook.test")]);
    await page.goto("/portal/sign-in");
    await page.getByLabel("Email").fill(b.email);
    await page.getByLabel("Password").fill(demoSignIn("customer").password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/portal$/);

    const me = await page.request.get("/api/portal/v1/me");
    expect(me.status()).toBe(200);
    expect(me.headers()["cache-control"]).toBe("no-store");
    const profile = await me.json();
    expect(profile).toMatchObject({ email: b.email, name: b.name, serviceAddress: { street: b.street } });
    expect(profile.webRoles).toEqual(expect.arrayContaining(["authenticated_users", "web_api_users"]));

    const own = await page.request.get(`/api/portal/v1/appointments/${b.appointmentId}`);
    expect(own.status()).toBe(200);
    expect(await own.json()).toMatchObject({ id: b.appointmentId, reference: `A-${b.number}` });

    const foreign = await page.request.get(`/api/portal/v1/appointments/${a.appointmentId}`);
    const missing = await page.request.get(`/api/portal/v1/appointments/${MISSING_ID}`);
    const malformed = await page.request.get("/api/portal/v1/appointments/not-a-uuid");
    expect([foreign.status(), missing.status(), malformed.status()]).toEqual([404, 404, 404]);
    const foreignBody = await foreign.text();
    expect(foreignBody).toBe(await missing.text());
    expect(foreignBody).toBe(await malformed.text());
    expectNoneOf(foreignBody, a, "the 404 answer");
  });
});
