import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu, purchaseSwitch } from "./pages";

// Azure savings plans, the second customer permission, beside Azure reservations.

async function buySavingsPlan(page: Page, commitment: string) {
  await page.goto("/portal/savings-plans");
  await page.getByRole("link", { name: "Purchase savings plan" }).click();
  const form = page.getByRole("form", { name: "Purchase savings plan" });
  await form.getByRole("textbox", { name: /Hourly commitment/ }).fill(commitment);
  await form.getByRole("combobox", { name: "Term" }).selectOption({ label: "1 year" });
  await form.getByRole("button", { name: "Review purchase" }).click();
  const review = form.getByRole("region", { name: "Review" });
  await expect(review).toContainText(`${commitment} USD an hour`);
  await review.getByRole("button", { name: "Buy" }).click();
  await expect(page.getByRole("status")).toContainText("Purchase complete: SavingsPlan_");
}

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("turns on savings plans, not reservations, and the Activity log says which", async ({ page }) => {
    await openCustomerAccount(page, "Tailspin Toys");
    const savingsPlans = page.getByRole("region", { name: "Azure savings plans" });
    await expect(savingsPlans).toContainText("A savings plan can't be cancelled or exchanged");
    await expect(savingsPlans).toContainText("Owner or Savings plan purchaser role");
    await purchaseSwitch(page, "Azure savings plans").click();
    await expect(purchaseSwitch(page, "Azure savings plans")).toHaveAttribute("aria-checked", "true");
    await expect(savingsPlans.getByRole("status")).toHaveText(
      "Customer permissions turned on: this customer can now purchase Azure savings plans.",
    );
    await expect(purchaseSwitch(page, "Azure reservations")).toHaveAttribute("aria-checked", "false");

    await page.getByRole("link", { name: "Activity log" }).click();
    const entry = page
      .getByRole("row")
      .filter({ hasText: "Tailspin Toys" })
      .filter({ hasText: "Create Customer Purchase Permissions" })
      .first();
    await expect(entry).toContainText("Azure savings plans");
    // The log's Permission filter tells the two apart.
    await page.getByRole("combobox", { name: "Permission" }).selectOption({ label: "Azure reservations" });
    await page.getByRole("searchbox", { name: "Customer" }).fill("Tailspin Toys");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Azure savings plans" })).toHaveCount(0);
    await page.getByRole("combobox", { name: "Permission" }).selectOption({ label: "Azure savings plans" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Create Customer Purchase Permissions" })).toHaveCount(1);

    await openCustomerAccount(page, "Tailspin Toys");
    await purchaseSwitch(page, "Azure savings plans").click();
    await expect(purchaseSwitch(page, "Azure savings plans")).toHaveAttribute("aria-checked", "false");
  });
});

test.describe("trade-in", () => {
  test.use({ storageState: signedInAs("admin") });

  test("an Admin agent trades in a compute reservation for a savings plan", async ({ page }) => {
    // A D4s v5 reservation for Tailspin Toys, bought through the orders API with the agent's session.
    const found = await page.request.get("/api/v1/customers?search=Tailspin");
    const tailspin = (await found.json()).items[0].id as string;
    const subscriptions = await (await page.request.get(`/api/v1/customers/${tailspin}/subscriptions`)).json();
    const billing = subscriptions.items.find((s: { offerType: string }) => s.offerType === "azure_global").id;
    const bought = await page.request.post(`/api/v1/customers/${tailspin}/orders`, {
      headers: { "Idempotency-Key": crypto.randomUUID() },
      data: {
        billingCycle: "one_time",
        lineItems: [
          {
            offerId: "DZH318Z0BQ4P:0002",
            quantity: 1,
            termDuration: "P1Y",
            provisioningContext: { subscriptionId: billing, scope: "shared", region: "westus2" },
          },
        ],
      },
    });
    expect(bought.status()).toBe(201);

    await openCustomerAccount(page, "Tailspin Toys");
    await openCustomerMenu(page, "Reservations");
    await page
      .getByRole("row", { name: /D4s v5.*West US 2/ })
      .getByRole("link", { name: /^Manage/ })
      .click();
    const tradeIn = page.getByRole("region", { name: "Trade in for a savings plan" });
    await tradeIn.getByRole("textbox", { name: /Hourly commitment/ }).fill("0.010");
    await tradeIn.getByRole("button", { name: "Calculate trade-in" }).click();
    await expect(tradeIn.getByRole("region", { name: "Trade-in calculation" })).toContainText(
      "The savings plan must commit at least",
    );
    await tradeIn.getByRole("textbox", { name: /Hourly commitment/ }).fill("0.400");
    await tradeIn.getByRole("button", { name: "Calculate trade-in" }).click();
    await tradeIn.getByRole("button", { name: "Confirm trade-in" }).click();
    // All of it traded in: the page keeps the reservation, exchanged, with the trade-in in its history.
    await expect(page.getByRole("main")).toContainText("This reservation is exchanged");
    await expect(page.getByRole("main")).toContainText("reservation traded in for a savings plan");

    await openCustomerMenu(page, "Savings plans");
    await expect(page.getByRole("row", { name: /0\.400 USD\/hour/ })).toContainText("Partner");
    await page.getByRole("link", { name: "Activity log" }).click();
    await expect(
      page.getByRole("row").filter({ hasText: "Tailspin Toys" }).filter({ hasText: "Trade In Reservation" }),
    ).toHaveCount(1);
  });
});

test.describe("Coho Vineyard, with the savings plans permission only", () => {
  test("its Owner buys a savings plan at Contoso's price, and is refused a reservation", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: signedInAs("cohoOwner") })).newPage();
    await buySavingsPlan(page, "1.500");
    await page.goto("/portal/savings-plans");
    await expect(page.getByRole("row", { name: /1\.500 USD\/hour/ })).toContainText("Diego Siciliani");
    // 1.500 an hour for 8,760 hours is 13,140.00 at list; Contoso's 3% makes it 13,534.20.
    await expect(page.getByRole("row", { name: /1\.500 USD\/hour/ })).toContainText("$13,534.20");

    await page.goto("/portal/reservations/purchase");
    await expect(page.getByText("hasn't allowed Coho Vineyard to purchase Azure reservations")).toBeVisible();
    const form = page.getByRole("form", { name: "Purchase reservations" });
    await form.getByRole("button", { name: "Review purchase" }).click();
    await expect(form.getByRole("alert")).toContainText("hasn't allowed Coho Vineyard to purchase Azure reservations");
  });

  test("a user with only Savings plan purchaser buys one too", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: signedInAs("cohoPurchaser") })).newPage();
    await buySavingsPlan(page, "0.250");
  });

  test("the partner sees them under Savings plans, in Order history and in the Activity log", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
    await openCustomerAccount(page, "Coho Vineyard");
    await expect(purchaseSwitch(page, "Azure savings plans")).toHaveAttribute("aria-checked", "true");
    await expect(purchaseSwitch(page, "Azure reservations")).toHaveAttribute("aria-checked", "false");
    await openCustomerMenu(page, "Savings plans");
    const bought = page.getByRole("row", { name: /1\.500 USD\/hour/ });
    await expect(bought).toContainText("Customer self-service");
    await expect(page.getByRole("row", { name: /2\.500 USD\/hour/ })).toContainText("Active");
    // The partner changes what the customer asked for: scope and renewal (no cancel, no exchange).
    await page
      .getByRole("row", { name: /2\.500 USD\/hour/ })
      .getByRole("link", { name: /Manage/ })
      .click();
    await page.getByRole("button", { name: "Turn auto-renew on" }).click();
    await expect(page.getByRole("status")).toHaveText("Auto-renew is on.");
    const scope = page.getByRole("region", { name: "Change scope" });
    await scope.getByRole("combobox", { name: "Scope" }).selectOption({ label: "Single subscription" });
    await scope.getByRole("button", { name: "Change scope" }).click();
    await expect(scope.getByRole("status")).toHaveText("Scope changed.");
    await page.reload();
    // Read back from the savings plan as stored: the form starts from its scope.
    await expect(scope.getByRole("combobox", { name: "Scope" })).toHaveValue("single");
    await expect(page.getByRole("button", { name: "Turn auto-renew off" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Cancel|Exchange/ })).toHaveCount(0);
    await openCustomerMenu(page, "Savings plans");

    await openCustomerMenu(page, "Order history");
    await expect(page.getByRole("row", { name: /Azure savings plan for compute, 1\.500 USD\/hour/ })).toContainText(
      "$13,534.20",
    );
    await page.getByRole("link", { name: "Activity log" }).click();
    const entries = page.getByRole("row").filter({ hasText: "Coho Vineyard" }).filter({ hasText: "Create Order" });
    await expect(entries.filter({ hasText: "diego@cohovineyard.onmicrosoft.com" }).first()).toContainText(
      "Customer user",
    );
    await expect(entries.filter({ hasText: "pradeep@cohovineyard.onmicrosoft.com" })).toHaveCount(1);
  });

  test("a Sales agent sees savings plans but cannot buy one on the customer's behalf", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: signedInAs("sales") })).newPage();
    await openCustomerAccount(page, "Coho Vineyard");
    await openCustomerMenu(page, "Savings plans");
    await expect(page.getByRole("form", { name: "Purchase savings plan" })).toHaveCount(0);
    await expect(page.getByText("Only Admin agents can buy savings plans")).toBeVisible();
  });
});

test("a savings plan's Owner asks Contoso to change its scope; the Admin agent approves; the customer sees it done", async ({
  browser,
}) => {
  const diego = await (await browser.newContext({ storageState: signedInAs("cohoOwner") })).newPage();
  await diego.goto("/portal/savings-plans");
  const plan = diego.getByRole("row", { name: /1\.500 USD\/hour/ });
  await expect(plan.getByRole("link", { name: /cancel|exchange/i })).toHaveCount(0);
  await plan.getByRole("link", { name: /^Ask Contoso CSP to change the scope of/ }).click();
  const form = diego.getByRole("form", { name: "Your request" });
  await form.getByRole("radio", { name: /Single subscription/ }).check();
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(diego.getByRole("row", { name: /Change scope to single/ })).toContainText("Waiting for an answer");

  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await admin.goto("/requests");
  const request = admin.getByRole("article", { name: "Coho Vineyard: Change scope to single — Open" });
  await expect(request).toContainText("Azure savings plan, 1.500 an hour");
  await expect(request).toContainText("If approved now: it changes as asked");
  await request.getByRole("button", { name: /^Approve/ }).click();
  await expect(admin.getByRole("article", { name: "Coho Vineyard: Change scope to single — Approved" })).toBeVisible();

  await diego.goto("/portal/requests");
  await expect(diego.getByRole("row", { name: /Change scope to single/ })).toContainText("Done");
  await diego.goto("/portal/savings-plans");
  await expect(diego.getByRole("row", { name: /1\.500 USD\/hour/ })).toContainText("Single subscription");
});
