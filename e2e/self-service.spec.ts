import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu, purchaseSwitch, reviewD2sPurchase } from "./pages";

// The two sides together: the partner's switch decides what Wingtip Toys' users may buy in their portal.

async function setWingtipPermission(page: Page, on: boolean) {
  await openCustomerAccount(page, "Wingtip Toys");
  if ((await purchaseSwitch(page).getAttribute("aria-checked")) !== String(on)) {
    await purchaseSwitch(page).click();
    // The switch moves at once; wait for the server to confirm before the customer tries to buy.
    await expect(page.getByRole("status").filter({ hasText: on ? "turned on" : "turned off" })).toBeVisible();
  }
  await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", String(on));
}

test("a Wingtip Owner buys a reservation at Contoso's price once the Admin agent allows it; the partner sees it everywhere", async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await admin.goto("/settings");
  const alerts = admin.getByRole("switch", { name: "Notify me when a customer buys a reservation" });
  await expect(alerts).toHaveAttribute("aria-checked", "false");
  await alerts.click();
  await expect(admin.getByRole("status")).toHaveText("Purchase alerts are on.");
  await expect(alerts).toHaveAttribute("aria-checked", "true");
  await setWingtipPermission(admin, true);

  const owner = await (await browser.newContext({ storageState: signedInAs("wingtipOwner") })).newPage();
  const form = await reviewD2sPurchase(owner, 2);
  const review = form.getByRole("region", { name: "Review" });
  // List price $524.00 a VM-year, Contoso's price is list + 5%.
  await expect(review).toContainText("$1,100.40");
  await expect(review).not.toContainText("List price");
  await review.getByRole("button", { name: "Buy" }).click();
  await expect(owner.getByRole("status")).toContainText("Purchase complete");

  await owner.getByRole("link", { name: "← Reservations" }).click();
  const mine = owner.getByRole("row", { name: /D2s v5/ }).filter({ hasText: "Shared" });
  await expect(mine).toHaveCount(1);
  // The customer can't cancel it themselves: they ask their partner (e2e/reservation-requests.spec.ts).
  await expect(mine.getByRole("link", { name: /^Ask Contoso CSP to cancel/ })).toBeVisible();
  await expect(mine.getByRole("button", { name: /^Cancel/ })).toHaveCount(0);

  await openCustomerAccount(admin, "Wingtip Toys");
  await openCustomerMenu(admin, "Reservations");
  const bought = admin.getByRole("row", { name: /Alex Wilber/ });
  await expect(bought).toContainText("Customer self-service");
  await expect(bought).toContainText("$1,100.40");

  await openCustomerMenu(admin, "Order history");
  await expect(admin.getByRole("row").nth(1)).toContainText("alex@wingtiptoys.onmicrosoft.com");
  await expect(admin.getByRole("row").nth(1)).toContainText("Customer self-service");

  await admin.goto("/activity-log?customer=Wingtip%20Toys&action=create_order");
  await expect(admin.getByRole("row").nth(1)).toContainText("alex@wingtiptoys.onmicrosoft.com");

  await admin.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(
    admin.getByRole("listitem").filter({ hasText: "Alex Wilber (Wingtip Toys) bought 2 × Virtual machine D2s v5" }),
  ).toBeVisible();
  await admin.getByRole("button", { name: "Mark all as read" }).click();
  await expect(admin.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
});

test("a Wingtip user without Owner is refused; after the permission is turned off, the Owner is refused too", async ({
  browser,
}) => {
  const reader = await (await browser.newContext({ storageState: signedInAs("wingtipReader") })).newPage();
  const readerForm = await reviewD2sPurchase(reader, 2);
  await expect(readerForm.getByRole("alert")).toContainText("You need the Owner role on the subscription");

  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await setWingtipPermission(admin, false);

  const owner = await (await browser.newContext({ storageState: signedInAs("wingtipOwner") })).newPage();
  const ownerForm = await reviewD2sPurchase(owner, 2);
  await expect(ownerForm.getByRole("alert")).toHaveText(
    "Your partner, Contoso CSP, hasn't allowed Wingtip Toys to purchase Azure reservations. Ask them to turn on the permission.",
  );
  await owner.goto("/portal/reservations");
  await expect(owner.getByRole("row", { name: /D2s v5/ })).toHaveCount(1);
});

test.describe("a customer of another partner", () => {
  test.use({ storageState: signedInAs("prosewareOwner") });

  test("cannot reach Wingtip's data, nor the partner dashboard", async ({ page, browser }) => {
    const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
    await openCustomerAccount(admin, "Wingtip Toys");
    const wingtipReservations = new URL(admin.url()).pathname.replace("/account", "/reservations");

    await page.goto(wingtipReservations);
    await expect(page).toHaveURL(/\/portal\/reservations$/);
    await expect(page.getByText("Wingtip")).toHaveCount(0);
    await expect(page.getByText("Proseware, Inc.").first()).toBeVisible();

    await page.goto("/portal/reservations/purchase");
    const subscriptions = page.getByRole("combobox", { name: "Billing subscription" }).getByRole("option");
    await expect(subscriptions).toHaveCount(1);
  });
});

test.describe("partner users", () => {
  test.use({ storageState: signedInAs("admin") });

  test("never act as customers: the customer area sends them back to the dashboard", async ({ page }) => {
    await page.goto("/portal/reservations/purchase");
    await expect(page).toHaveURL(/\/customers$/);
  });

  test("an Admin agent buys on behalf of a customer, seeing list price and margin", async ({ page }) => {
    await openCustomerAccount(page, "Adventure Works Cycles");
    await openCustomerMenu(page, "Reservations");
    const form = page.getByRole("form", { name: "Purchase reservations" });
    await form
      .getByRole("combobox", { name: "Product" })
      .selectOption({ label: "Azure Cosmos DB provisioned throughput, 100 RU/s" });
    await form.getByRole("spinbutton", { name: /Quantity/ }).fill("10");
    await form.getByRole("button", { name: "Review purchase" }).click();
    const review = form.getByRole("region", { name: "Review" });
    // $56.00 list per 100 RU/s-year; Contoso's override for Cosmos DB is a 2% discount.
    await expect(review).toContainText("$548.80");
    await expect(review).toContainText("List price (Web Direct)");
    await expect(review).toContainText("$560.00");
    await review.getByRole("button", { name: "Buy" }).click();
    await expect(page.getByRole("status")).toContainText("Purchase complete");
    await expect(page.getByRole("row", { name: /Cosmos DB/ })).toContainText("Partner");
  });
});

test.describe("reservation prices", () => {
  test("an Admin agent changes a product's price; a Sales agent sees prices read-only", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
    await admin.goto("/pricing");
    await admin
      .getByRole("textbox", { name: "Override for Virtual machine B2ms (burstable, 2 vCPU, 8 GiB) (%)" })
      .fill("10");
    await admin.getByRole("button", { name: "Save prices" }).click();
    await expect(admin.getByRole("status")).toHaveText("Reservation prices saved.");
    const b2ms = admin.getByRole("row", { name: /B2ms/ });
    // $426.00 list + 10%.
    await expect(b2ms).toContainText("$468.60");

    const sales = await (await browser.newContext({ storageState: signedInAs("sales") })).newPage();
    await sales.goto("/pricing");
    await expect(sales.getByText("Only Admin agents can change reservation prices.")).toBeVisible();
    await expect(sales.getByRole("button", { name: "Save prices" })).toHaveCount(0);
    await expect(sales.getByRole("row", { name: /B2ms/ })).toContainText("$468.60");
  });
});
