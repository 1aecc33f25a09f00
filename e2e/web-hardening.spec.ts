import { expect, test } from "./test";
import { accounts, signedInAs } from "./accounts";
import { signInHere } from "./sign-in-steps";

// What browsers are told to trust, and what the server refuses before it trusts anything. Every test of the suite
// also fails on a Content-Security-Policy violation in the browser console (e2e/test.ts).

const otherOrigin = "http://localhost:3299";

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) {
    expect(policy, where).toContain(directive);
  }
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-frame-options"], where).toBe("DENY");
  // Plain HTTP here: HSTS is only sent over HTTPS (e2e/production-server.spec.ts checks that side).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("every page and API answer carries the security headers, with a fresh nonce each time", async ({ page }) => {
    const nonces = new Set<string>();
    for (const path of ["/customers", "/activity-log", "/pricing", "/settings", "/notifications", "/nothing-here"]) {
      const response = (await page.goto(path))!;
      const headers = response.headers();
      expectSecurityHeaders(headers, path);
      nonces.add(/'nonce-([^']+)'/.exec(headers["content-security-policy"])![1]);
    }
    expect(nonces.size).toBe(6);
    const api = await page.request.get("/api/v1/SelfServePolicy?entity_id=x");
    expectSecurityHeaders(api.headers(), "the API");
    const script = await page.locator("script[src]").first().getAttribute("src");
    const asset = await page.request.get(script!);
    expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("the customer's pages, requests, the API reference and the customer area carry them too", async ({
    page,
    browser,
  }) => {
    await page.goto("/customers?q=Wingtip");
    const account = (await page.getByRole("link", { name: "Wingtip Toys", exact: true }).getAttribute("href"))!;
    const customer = account.replace(/\/account$/, "");
    for (const path of [
      account,
      `${customer}/subscriptions`,
      `${customer}/users`,
      `${customer}/orders`,
      `${customer}/reservations`,
      "/requests",
      "/developers",
      "/change-password",
    ]) {
      const response = (await page.goto(path))!;
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response.headers(), path);
    }
    const signedOut = await (await browser.newContext()).newPage();
    expectSecurityHeaders((await signedOut.goto("/signin"))!.headers(), "/signin");
    const customerUser = await (await browser.newContext({ storageState: signedInAs("wingtipOwner") })).newPage();
    for (const path of ["/portal/reservations", "/portal/requests"]) {
      expectSecurityHeaders((await customerUser.goto(path))!.headers(), path);
    }
  });

  test("a signed-in user is never sent to another site by a return address", async ({ page, baseURL }) => {
    // As typed in a link: the %09 is a tab once decoded, which browsers drop ("//evil.example").
    for (const callbackUrl of [
      "/%09/evil.example",
      "/%0d%0a/evil.example",
      "//evil.example",
      "/%5Cevil.example",
      "https://evil.example/",
      "/%2F%2Fevil.example",
    ]) {
      const response = await page.goto(`/signin?callbackUrl=${callbackUrl}`);
      expect(response!.status(), callbackUrl).toBeLessThan(400);
      expect(new URL(page.url()).origin, callbackUrl).toBe(new URL(baseURL!).origin);
      expect(page.url(), callbackUrl).toMatch(/\/customers$/);
    }
    // A line break in the return address is refused, not a 500.
    const lineBreak = await page.goto("/signin?callbackUrl=/%0a/x");
    expect(lineBreak!.status()).toBe(200);
    await expect(page).toHaveURL(/\/customers$/);
  });

  test("next-auth's own routes refuse a malformed return address without a 500", async ({ page, baseURL }) => {
    for (const callbackUrl of ["javascript:alert(1)", "x", "http://["]) {
      const session = await page.request.get(`/api/auth/session?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(session.status(), callbackUrl).toBe(200);
      expect(await session.json(), callbackUrl).toHaveProperty("user");
    }
    // The same value in next-auth's return-address cookie, which it would otherwise answer with a 500 too.
    await page.context().addCookies([{ name: "next-auth.callback-url", value: "javascript%3A1", url: baseURL! }]);
    expect((await page.request.get("/api/auth/session")).status()).toBe(200);
    await page.goto("/customers");
    await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  });

  test("a write from another origin of the same site is refused, whatever it looks like", async ({ page }) => {
    await page.goto("/customers?q=Wingtip");
    const href = await page.getByRole("link", { name: "Wingtip Toys", exact: true }).getAttribute("href");
    const tenantID = href!.split("/")[2];
    const body = JSON.stringify({
      selfServeEntity: { selfServeEntityType: "customer", tenantID },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    });
    // The form post that once turned the permission on: text/plain, from another port, cookies attached.
    const forged = await page.request.post("/api/v1/SelfServePolicy", {
      headers: { Origin: otherOrigin, "Content-Type": "text/plain", "Sec-Fetch-Site": "same-site" },
      data: body,
    });
    expect(forged.status()).toBe(403);
    expect(await forged.json()).toMatchObject({ ok: false, error: "cross_origin" });
    const otherPort = await page.request.post("/api/v1/SelfServePolicy", {
      headers: { Origin: otherOrigin, "Content-Type": "application/json" },
      data: body,
    });
    expect(otherPort.status()).toBe(403);
    const plainText = await page.request.post("/api/v1/SelfServePolicy", {
      headers: { "Content-Type": "text/plain" },
      data: body,
    });
    expect(plainText.status()).toBe(415);
    const policy = await page.request.get(`/api/v1/SelfServePolicy?entity_id=${tenantID}`);
    expect(await policy.json()).toMatchObject({ totalCount: 0 });
  });

  test("bodies are capped and must be JSON; bad JSON is a 400 with the one error shape", async ({ page }) => {
    await page.goto("/customers");
    const large = await page.request.post("/api/v1/SelfServePolicy", {
      headers: { "Content-Type": "application/json" },
      data: JSON.stringify({ padding: "x".repeat(100 * 1024) }),
    });
    expect(large.status()).toBe(413);
    expect(await large.json()).toMatchObject({ ok: false, error: "payload_too_large" });
    const broken = await page.request.post("/api/v1/SelfServePolicy", {
      headers: { "Content-Type": "application/json" },
      data: "{ not json",
    });
    expect(broken.status()).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: "invalid_input", message: expect.any(String) });
  });

  test("addresses that cannot be decoded are a 400, not a 500", async ({ page }) => {
    expect((await page.request.get("/customers/%/account")).status()).toBe(400);
    const api = await page.request.get("/api/v1/SelfServePolicy/%ZZ");
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ ok: false, error: "invalid_input" });
    // Refused by the server before Next.js, with the same headers as every other answer.
    expect(api.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(api.headers()["permissions-policy"]).toContain("camera=()");
    expect(api.headers()["x-frame-options"]).toBe("DENY");
  });

  test("a server-action body over the limit is a 413, not a 500", async ({ page }) => {
    await page.goto("/settings");
    const response = await page.request.post("/settings", {
      headers: { "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8" },
      data: "x".repeat(1_500_000),
    });
    expect(response.status()).toBe(413);
  });

  test("a customer search means what it says: punctuation alone and an over-long search are explained", async ({
    page,
  }) => {
    await page.goto(`/customers?q=${encodeURIComponent("&&&")}`);
    await expect(page.getByRole("status")).toHaveText(
      "Search for letters or digits of a company name or domain; punctuation alone matches nothing.",
    );
    await expect(page.getByRole("link", { name: "Wingtip Toys" })).toHaveCount(0);
    await page.goto(`/customers?q=${"Wingtip".padEnd(101, "x")}`);
    await expect(page.getByRole("status")).toContainText("That search is too long");
    await expect(page.getByRole("link", { name: "Wingtip Toys" })).toHaveCount(0);
  });
});

test("the return address survives a fresh sign-in only when it stays on this site", async ({ page }) => {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  await signInHere(page, accounts.sales.email);
  await expect(page).toHaveURL(/\/customers$/);
});

test("signed out, a huge or broken body is refused before it is read: 413 by its length, else 401", async ({
  request,
}) => {
  const huge = await request.post("/api/v1/SelfServePolicy", {
    headers: { "Content-Type": "application/json" },
    data: "x".repeat(2_000_000),
  });
  expect(huge.status()).toBe(413);
  const broken = await request.post("/api/v1/SelfServePolicy", {
    headers: { "Content-Type": "application/json" },
    data: "{ not json",
  });
  expect(broken.status()).toBe(401);
  expect(await broken.json()).toMatchObject({ ok: false, error: "unauthenticated" });
});

test("a customer user gets 403 from the partner API, not 401", async ({ browser }) => {
  const customer = await (await browser.newContext({ storageState: signedInAs("wingtipOwner") })).newPage();
  const response = await customer.request.get("/api/v1/SelfServePolicy?entity_id=x");
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ ok: false, error: "forbidden" });
});

test("an API address that names no endpoint is a JSON 404, whatever the method", async ({ request }) => {
  for (const method of ["GET", "POST", "DELETE"] as const) {
    const response = await request.fetch("/api/v1/NoSuchThing/42", { method });
    expect(response.status(), method).toBe(404);
    expect(await response.json(), method).toMatchObject({ ok: false, error: "not_found" });
  }
});

test("the app's icon is there for a signed-out browser, with a policy that lets nothing run, and no page logs an error", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const links = await page.locator('link[rel="icon"]').evaluateAll((found) => found.map((l) => l.getAttribute("href")));
  expect(links).toEqual(
    expect.arrayContaining([expect.stringMatching(/^\/favicon\.ico/), expect.stringMatching(/^\/icon\.svg/)]),
  );
  for (const [path, type] of [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /^image\/svg\+xml/],
    ["/apple-touch-icon.png", /^image\/png/],
  ] as const) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect(response.headers()["content-security-policy"], path).toContain("default-src 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  // Browsers ask for /favicon.ico on their own: it used to be the one 404 in the console.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
