import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu } from "./pages";

// A retried Buy buys once: the same purchase sent twice (a double click that gets through, a retry, a second
// tab) is one order, whether it comes from the Buy button or from the orders API.

test.use({ storageState: signedInAs("admin") });

const f4s = "Virtual machine F4s v2 (compute optimized, 4 vCPU, 8 GiB)";

async function customerIdOf(page: Page, companyName: string) {
  await page.goto(`/customers?q=${encodeURIComponent(companyName)}`);
  const href = await page.getByRole("link", { name: companyName, exact: true }).getAttribute("href");
  return href!.split("/")[2];
}

test("a double-clicked Buy makes one reservation and one order", async ({ page }) => {
  await openCustomerAccount(page, "Adventure Works Cycles");
  await openCustomerMenu(page, "Reservations");
  const f4sRows = page.getByRole("row", { name: /F4s v2/ });
  await expect(f4sRows).toHaveCount(0);

  const form = page.getByRole("form", { name: "Purchase reservations" });
  await form.getByRole("combobox", { name: "Product" }).selectOption({ label: f4s });
  await form.getByRole("combobox", { name: "Billing frequency" }).selectOption({ label: "Monthly" });
  await form.getByRole("button", { name: "Review purchase" }).click();
  const review = form.getByRole("region", { name: "Review" });
  // $881.00 a year at list price, $925.05 with Contoso's 5%, the same total billed monthly.
  await expect(review).toContainText("$925.05");
  await expect(review).toContainText("12 monthly payments of $77.08 (the first 9: $77.09)");

  const buys: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) buys.push(request.postData() ?? "");
  });
  // Two clicks in the same task, before React can disable the button: both requests leave the browser.
  await review.getByRole("button", { name: "Buy" }).evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await expect(page.getByRole("status").filter({ hasText: "Purchase complete" })).toBeVisible();
  await expect.poll(() => buys.length).toBe(2);
  expect(buys[0]).toBe(buys[1]);

  await page.reload();
  await expect(f4sRows).toHaveCount(1);
  await expect(f4sRows).toContainText("$925.05");
  await openCustomerMenu(page, "Order history");
  await expect(page.getByRole("row", { name: /F4s v2/ })).toHaveCount(1);
  await expect(page.getByRole("row", { name: /F4s v2/ })).toContainText("$925.05");
});

test.describe("POST /api/v1/customers/{id}/orders", () => {
  test("answers the same order for the same Idempotency-Key, 422 for another body, 400 without a key", async ({
    page,
  }) => {
    const customerId = await customerIdOf(page, "Tailspin Toys");
    await page.goto(`/customers/${customerId}/subscriptions`);
    const subscriptionId = (await page.getByRole("row", { name: /Azure Global/ }).innerText()).match(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
    )![0];
    const order = (quantity: number) => ({
      billingCycle: "one_time",
      lineItems: [
        {
          offerId: "DZH318Z0BQ6F:0001",
          quantity,
          termDuration: "P1Y",
          provisioningContext: { subscriptionId, scope: "shared", region: "eastus" },
        },
      ],
    });
    const url = `/api/v1/customers/${customerId}/orders`;
    const key = crypto.randomUUID();

    const first = await page.request.post(url, { data: order(2), headers: { "Idempotency-Key": key } });
    expect(first.status()).toBe(201);
    const placed = await first.json();
    expect(placed).toMatchObject({
      referenceCustomerId: customerId,
      total: { amountMinor: 2 * 92_505, currency: "USD" },
      lineItems: [{ offerId: "DZH318Z0BQ6F:0001", quantity: 2, termDuration: "P1Y", billingCycle: "one_time" }],
      attributes: { objectType: "Order" },
    });

    const retried = await page.request.post(url, { data: order(2), headers: { "Idempotency-Key": key } });
    expect(retried.status()).toBe(201);
    expect(await retried.json()).toEqual(placed);

    const changed = await page.request.post(url, { data: order(3), headers: { "Idempotency-Key": key } });
    expect(changed.status()).toBe(422);
    expect(await changed.json()).toMatchObject({ ok: false, error: "idempotency_key_reused" });

    const keyless = await page.request.post(url, { data: order(2) });
    expect(keyless.status()).toBe(400);
    expect(await keyless.json()).toMatchObject({
      error: "invalid_input",
      message: expect.stringContaining("Idempotency-Key"),
    });

    const another = await page.request.post(url, {
      data: order(2),
      headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    expect(another.status()).toBe(201);
    expect((await another.json()).id).not.toBe(placed.id);

    await page.goto(`/customers/${customerId}/orders`);
    await expect(page.getByRole("row", { name: /F4s v2/ })).toHaveCount(2);
  });

  test("is refused to a customer user with 403", async ({ browser }) => {
    const customer = await (await browser.newContext({ storageState: signedInAs("wingtipOwner") })).newPage();
    const response = await customer.request.post(`/api/v1/customers/${crypto.randomUUID()}/orders`, {
      data: {},
      headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    expect(response.status()).toBe(403);
  });
});
