import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu } from "./pages";

// The partner's side of what customers bought: Manage → change scope, cancel (refund), exchange, auto-renew.
// Fourth Coffee's seeded reservation: 4 vCores of SQL Database General Purpose for a year, in rg-coffee-data.

async function openFourthCoffeeSql(page: Page) {
  await openCustomerAccount(page, "Fourth Coffee");
  await openCustomerMenu(page, "Reservations");
  await page
    .getByRole("row", { name: /SQL Database General Purpose/ })
    .filter({ hasText: "rg-coffee-data" })
    .getByRole("link", { name: /^Manage/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^SQL_RI_/ })).toBeVisible();
}

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("changes the scope, cancels part and sees the refund in Order history, then exchanges the rest", async ({
    page,
  }) => {
    await openFourthCoffeeSql(page);

    const scope = page.getByRole("form", { name: "Change scope" });
    await scope.getByRole("radio", { name: /^Shared/ }).check();
    await scope.getByRole("button", { name: "Save scope" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Scope changed." })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Shared$/ })).toBeVisible();

    const cancel = page.getByRole("form", { name: "Cancel (refund)" });
    await cancel.getByRole("spinbutton", { name: "Quantity to cancel" }).fill("1");
    await cancel.getByRole("button", { name: "Calculate refund" }).click();
    const refund = page.getByRole("region", { name: "Refund", exact: true });
    await expect(refund).toContainText("$50,000.00 of USD 50,000");
    const amount = (await refund.getByRole("definition").first().innerText()).trim();
    await refund.getByRole("button", { name: "Confirm refund" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Refunded ${amount}.` })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^3$/ })).toBeVisible();
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("row", { name: /reservation refund/ })).toContainText(`-${amount}`);

    const exchange = page.getByRole("form", { name: "Exchange", exact: true });
    await exchange.getByRole("spinbutton", { name: "Quantity to return" }).fill("3");
    await exchange.getByRole("combobox", { name: "New term" }).selectOption({ label: "1 year" });
    await exchange.getByRole("spinbutton", { name: "New quantity" }).fill("1");
    await exchange.getByRole("button", { name: "Calculate exchange" }).click();
    const calculation = page.getByRole("region", { name: "Exchange calculation" });
    await expect(calculation).toContainText("The new commitment is less than what is still committed");
    await expect(calculation.getByRole("button", { name: "Confirm exchange" })).toHaveCount(0);

    await exchange.getByRole("combobox", { name: "New term" }).selectOption({ label: "3 years" });
    await exchange.getByRole("spinbutton", { name: "New quantity" }).fill("3");
    await exchange.getByRole("button", { name: "Calculate exchange" }).click();
    await calculation.getByRole("button", { name: "Confirm exchange" }).click();
    // Nothing is left of it: the page now shows it exchanged, with the exchange in its history.
    await expect(page.getByRole("definition").filter({ hasText: /^Exchanged$/ })).toBeVisible();
    await expect(page.getByText("This reservation is exchanged: there is nothing left to manage.")).toBeVisible();
    await expect(history.getByRole("row", { name: /returned in exchange/ })).toHaveCount(1);

    await page.getByRole("link", { name: "← Reservations" }).click();
    await openCustomerMenu(page, "Order history");
    const refundRow = page.getByRole("row", { name: /reservation refund/ });
    await expect(refundRow).toContainText(`-${amount}`);
    await expect(page.getByRole("row", { name: /returned in exchange/ })).toHaveCount(1);
  });

  test("turns auto-renew on, and sees Tailspin's reservation renewed by Partner Console at the first start", async ({
    page,
  }) => {
    await openCustomerAccount(page, "Tailspin Toys");
    await openCustomerMenu(page, "Reservations");
    const renewed = page.getByRole("row", { name: /E4s v5/ }).filter({ hasText: "Auto-renewal" });
    await expect(renewed).toHaveCount(1);
    await expect(page.getByRole("row", { name: /E4s v5/ }).filter({ hasText: "Expired" })).toHaveCount(1);

    await renewed.getByRole("link", { name: /^Manage/ }).click();
    await expect(page.getByText("Auto-renew is on.")).toBeVisible();
    await page.getByRole("button", { name: "Turn auto-renew off" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Auto-renew is off." })).toBeVisible();
    await expect(page.getByRole("button", { name: "Turn auto-renew on" })).toBeVisible();
  });
});

test.describe("as a Sales agent", () => {
  test.use({ storageState: signedInAs("sales") });

  test("sees a reservation's details but no actions", async ({ page }) => {
    await openCustomerAccount(page, "Wingtip Toys");
    await openCustomerMenu(page, "Reservations");
    await page
      .getByRole("row", { name: /D4s v5/ })
      .first()
      .getByRole("link", { name: /^Manage/ })
      .click();
    await expect(
      page.getByText("Only Admin agents can exchange, cancel, renew or change the scope of a reservation."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /Save scope|Calculate|Turn auto-renew/ })).toHaveCount(0);
  });
});

test.describe("the reservations API", () => {
  test.use({ storageState: signedInAs("admin") });

  test("calculates a refund, requires an Idempotency-Key to return, and hides other partners' reservations", async ({
    page,
    browser,
  }) => {
    await openCustomerAccount(page, "Wingtip Toys");
    await openCustomerMenu(page, "Reservations");
    const manage = page
      .getByRole("row", { name: /D4s v5/ })
      .first()
      .getByRole("link", { name: /^Manage/ });
    const [, , customerId, , reservationId] = (await manage.getAttribute("href"))!.split("/");
    const base = `/api/v1/customers/${customerId}/reservations/${reservationId}`;

    const quote = await page.request.post(`${base}/calculateRefund`, { data: { quantity: 1 } });
    expect(quote.status()).toBe(200);
    expect(await quote.json()).toMatchObject({
      quantity: 1,
      refundMinor: expect.any(Number),
      poolLeftMinor: expect.any(Number),
    });
    const keyless = await page.request.post(`${base}/return`, { data: { quantity: 1 } });
    expect(keyless.status()).toBe(400);
    expect((await page.request.get(base)).status()).toBe(200);

    const fabrikam = await (await browser.newContext({ storageState: signedInAs("fabrikamAdmin") })).newPage();
    expect((await fabrikam.request.get(base)).status()).toBe(404);
    const sales = await (await browser.newContext({ storageState: signedInAs("sales") })).newPage();
    const refused = await sales.request.post(`${base}/return`, {
      data: { quantity: 1 },
      headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    expect(refused.status()).toBe(403);
  });
});
