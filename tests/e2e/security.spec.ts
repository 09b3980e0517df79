/**
 * Issue 5 §9, hardening, checked on the production build: the security headers on page
 * responses, server actions refusing a foreign Origin (and a role without the permission),
 * and no Content-Security-Policy violation on the pages the app shows each role.
 */
import { type Page, type Request } from "@playwright/test";
import { type DemoRole } from "../../lib/demo";
import { signInAs } from "./support/auth";
import { queryCount } from "./support/database";
import { E2E_BASE_URL } from "./support/environment";
import { expect, test } from "./support/fixtures";
import { addStaffMember, dismissToasts, newStaffMember, staffCard } from "./support/staff";

test.describe("security headers", () => {
  test("every page response carries the CSP, HSTS, framing, sniffing, referrer and permissions policies", async ({ page }) => {
    for (const path of ["/", "/portal/sign-in", "/admin/sign-in", "/field/sign-in"]) {
      const response = await page.goto(path);
      const headers = response!.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org");
      expect(csp).toMatch(/form-action 'self'/);
      // A production build: no eval.
      expect(csp).not.toContain("unsafe-eval");
      expect(headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["permissions-policy"]).toContain("geolocation=(self)");
      expect(headers["x-powered-by"]).toBeUndefined();
    }
  });

  test("pages that carry a token or a code in their address send no Referer", async ({ page }) => {
    for (const path of ["/portal/reset-password?token=abc", "/portal/sign-in?code=ABCD-EFGH"]) {
      const response = await page.goto(path);
      expect(response!.headers()["referrer-policy"], path).toBe("no-referrer");
    }
  });
});

test.describe("server actions", () => {
  test.describe.configure({ timeout: 90_000 });

  test("refuse a request with a foreign Origin, and a role without the permission; the row is unchanged", async ({ page, browser }, testInfo) => {
    const member = newStaffMember(testInfo, "DISPATCHER", "Csrf");
    await signInAs(page, "admin");
    await addStaffMember(page, member);

    // A real Change role from the page, to learn the action's id and wire format.
    await staffCard(page, member).getByRole("button", { name: "Change role" }).click();
    const dialog = page.getByRole("dialog", { name: `Change the role of ${member.name}` });
    await dialog.getByLabel("Role").selectOption("TECHNICIAN");
    const actionRequest = page.waitForRequest((request: Request) => request.method() === "POST" && request.headers()["next-action"] !== undefined);
    await dialog.getByRole("button", { name: "Change role" }).click();
    const captured = await actionRequest;
    await expect(dialog).toBeHidden();
    await dismissToasts(page);
    const roleOf = () =>
      queryCount("SELECT count(*) FROM users WHERE email = $1 AND staff_role = 'TECHNICIAN'", [member.email]).then((technician) =>
        technician === 1 ? "TECHNICIAN" : "OTHER",
      );
    await expect.poll(roleOf).toBe("TECHNICIAN");

    const body = captured.postData()!.replace('"TECHNICIAN"', '"ADMIN"');
    expect(body).toContain('"ADMIN"');
    const replay = (origin: string, request = page.request) =>
      request.post(captured.url(), {
        headers: {
          "Next-Action": captured.headers()["next-action"]!,
          "Content-Type": captured.headers()["content-type"] ?? "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          Origin: origin,
        },
        data: body,
        maxRedirects: 0,
      });

    // From another site, with the admin's own cookie: refused, nothing changes.
    const foreign = await replay("https://evil.example");
    expect(foreign.ok(), `status ${foreign.status()}`).toBe(false);
    expect(await roleOf()).toBe("TECHNICIAN");

    // A dispatcher's session from this very site: refused by the permission check.
    const dispatcherContext = await browser.newContext({ baseURL: E2E_BASE_URL });
    try {
      const dispatcherPage = await dispatcherContext.newPage();
      await signInAs(dispatcherPage, "dispatcher");
      const asDispatcher = await replay(E2E_BASE_URL, dispatcherPage.request);
      expect(asDispatcher.status(), "a dispatcher calling an admin action").toBe(403);
      expect(await roleOf()).toBe("TECHNICIAN");
    } finally {
      await dispatcherContext.close();
    }

    // The control: the same request from the site itself, as the admin, goes through.
    const sameSite = await replay(E2E_BASE_URL);
    expect(sameSite.status()).toBe(200);
    await expect.poll(() => queryCount("SELECT count(*) FROM users WHERE email = $1 AND staff_role = 'ADMIN'", [member.email])).toBe(1);

    // Leave no extra admin behind.
    await page.reload();
    await staffCard(page, member).getByRole("button", { name: "Disable" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Disable account" }).click();
    await expect(staffCard(page, member).getByText("Disabled", { exact: true })).toBeVisible();
  });
});

/** Records Content-Security-Policy violations, from the console and from the page's own event. */
async function watchForCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (load|execute|evaluate|apply|connect|frame|create)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

/** Lets the page hydrate and run its effects; pages that keep a connection open (polling) do not hold the test. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined);
}

/** Every link of a navigation landmark that stays on this site. */
async function linksIn(page: Page, navigationName: string): Promise<string[]> {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
  const hrefs = await page.getByRole("navigation", { name: navigationName }).getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((href) => href.startsWith("/")))];
}

test.describe("Content-Security-Policy", () => {
  // Every page of a role's navigation, one after the other.
  test.describe.configure({ timeout: 120_000 });

  const surfaces: { role: DemoRole; start: string; navigation: string; extra: string[] }[] = [
    { role: "admin", start: "/admin", navigation: "Back office", extra: ["/admin/settings/templates", "/admin/settings/mailboxes", "/admin/settings/notifications"] },
    { role: "dispatcher", start: "/admin", navigation: "Back office", extra: [] },
    { role: "technician", start: "/field", navigation: "Field app", extra: [] },
    { role: "customer", start: "/portal", navigation: "Portal", extra: [] },
  ];

  test("the public pages and sign-in pages load without a violation", async ({ page }) => {
    const violations = await watchForCspViolations(page);
    for (const path of ["/", "/portal/sign-in", "/admin/sign-in", "/field/sign-in", "/portal/forgot-password"]) {
      await page.goto(path);
      await settle(page);
    }
    expect(violations).toEqual([]);
  });

  for (const { role, start, navigation, extra } of surfaces) {
    test(`every page in the ${role}'s navigation loads and runs without a violation`, async ({ page }) => {
      // Walks every page of the navigation: allow for a loaded 2-core machine (no timing is asserted).
      test.setTimeout(120_000);
      const violations = await watchForCspViolations(page);
      await signInAs(page, role);
      await page.goto(start);
      const paths = [...new Set([...(await linksIn(page, navigation)), ...extra])];
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBeLessThan(400);
        await settle(page);
      }
      expect(violations).toEqual([]);
    });
  }
});
