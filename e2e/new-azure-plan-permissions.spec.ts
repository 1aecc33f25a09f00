import { expect, test, type Page } from "./test";
import { accounts, signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu, purchaseSwitch } from "./pages";

// The rule that turns Azure reservations purchases on when a customer gets its first Azure plan. Woodgrove Bank
// (Microsoft 365 only, no Azure plan) is a customer no other spec uses; the rule is turned off again after each test,
// so the specs after this one (prerequisites.spec.ts buys Northwind Traders an Azure plan) buy without it.

const customer = "Woodgrove Bank";
const reservationsRule = "Allow customers to purchase Azure reservations when they get their first Azure plan";

const newAzurePlans = (page: Page) => page.getByRole("region", { name: "New Azure plans" });
const ruleSwitch = (page: Page) => newAzurePlans(page).getByRole("switch", { name: reservationsRule });

async function openSettings(page: Page) {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test.afterEach(async ({ browser }) => {
  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await openSettings(admin);
  if ((await ruleSwitch(admin).getAttribute("aria-checked")) === "true") {
    await ruleSwitch(admin).click();
    await expect(ruleSwitch(admin)).toHaveAttribute("aria-checked", "false");
    await expect(newAzurePlans(admin).getByRole("status")).toHaveText("Rules for new Azure plans saved.");
  }
});

test("an Admin agent's rule turns reservations on when a Sales agent buys a customer's first Azure plan, and the log names the rule", async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await openSettings(admin);
  await expect(ruleSwitch(admin)).toHaveAttribute("aria-checked", "false");
  await ruleSwitch(admin).click();
  await expect(ruleSwitch(admin)).toHaveAttribute("aria-checked", "true");
  await expect(newAzurePlans(admin).getByRole("status")).toHaveText("Rules for new Azure plans saved.");
  await expect(newAzurePlans(admin).getByText(`Turned on by ${accounts.admin.email} on`)).toBeVisible();

  const sales = await (await browser.newContext({ storageState: signedInAs("sales") })).newPage();
  await openSettings(sales);
  await expect(ruleSwitch(sales)).toHaveAttribute("aria-checked", "true");
  await expect(ruleSwitch(sales)).toBeDisabled();
  await expect(ruleSwitch(sales)).toHaveAccessibleDescription(
    "Only Admin agents can change the rules for new Azure plans.",
  );

  await openCustomerAccount(sales, customer);
  await expect(purchaseSwitch(sales)).toHaveAttribute("aria-checked", "false");
  await openCustomerMenu(sales, "Subscriptions");
  await sales.getByRole("button", { name: "Add Azure plan" }).click();
  await sales.getByRole("dialog", { name: "Add Azure plan" }).getByRole("button", { name: "Confirm purchase" }).click();
  const added = sales.getByRole("status").filter({ hasText: "Azure plan added" });
  await expect(added).toContainText("Azure reservations purchases were turned on by your rule for new Azure plans.");
  await expect(added).not.toContainText("Azure savings plans");

  await openCustomerMenu(sales, "Account");
  await expect(purchaseSwitch(sales)).toHaveAttribute("aria-checked", "true");
  await expect(purchaseSwitch(sales, "Azure savings plans")).toHaveAttribute("aria-checked", "false");
  await expect(
    sales.getByRole("region", { name: "Azure reservations" }).getByText(`Turned on by ${accounts.sales.email} on`),
  ).toBeVisible();

  await admin.goto(`/activity-log?customer=${encodeURIComponent(customer)}`);
  const entries = admin.getByRole("row").filter({ hasText: customer });
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("Create Customer Purchase Permissions");
  await expect(entries.nth(0)).toContainText("Azure reservations");
  await expect(entries.nth(0)).toContainText(accounts.sales.email);
  await expect(entries.nth(0)).toContainText(
    `Turned on by the rule for new Azure plans, set by ${accounts.admin.email}`,
  );
  await expect(entries.nth(1)).toContainText("Create Order");

  await admin.goto("/activity-log?action=update_new_azure_plan_permissions");
  await expect(admin.getByRole("row").filter({ hasText: "Update New Azure Plan Permissions" }).first()).toContainText(
    "Azure reservations",
  );
});
