import { expect, test } from "./test";
import { demoPassword, signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu, purchaseSwitch } from "./pages";

// Runs after customer-permissions.spec.ts (files run in name order, one at a time), which needs
// Northwind Traders as seeded: without an Azure subscription.

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("assigns Owner through Manage → Access control (IAM), and the Account page's warning is gone", async ({
    page,
  }) => {
    await openCustomerAccount(page, "Adventure Works Cycles");
    const reservations = page.getByRole("region", { name: "Azure reservations" });
    await expect(reservations.getByText("Customers without Owner will get an error in the Azure portal")).toBeVisible();

    await openCustomerMenu(page, "Subscriptions");
    await page.getByRole("link", { name: /^Manage Azure plan/ }).click();
    await expect(page.getByRole("heading", { name: "Access control (IAM)" })).toBeVisible();
    await page
      .getByRole("combobox", { name: "User" })
      .selectOption({ label: "Johanna Lorenz (johanna@adventureworkscycles.onmicrosoft.com)" });
    await page.getByRole("combobox", { name: "Role" }).selectOption("Owner");
    await page.getByRole("button", { name: "Add role assignment" }).click();
    await expect(page.getByRole("row", { name: /Johanna Lorenz .* Owner/ })).toBeVisible();

    await openCustomerMenu(page, "Account");
    await expect(reservations.getByText("At least one active customer user has the Owner role.")).toBeVisible();
    await expect(page.getByText("Customers without Owner will get an error in the Azure portal")).toHaveCount(0);
    // An Owner may buy savings plans too: that card's warning is gone as well.
    await expect(page.getByText("Customers with neither role will get an error")).toHaveCount(0);
  });

  test("adds an Azure plan for Northwind Traders, sees it in Subscriptions and Order history, then turns the permission on", async ({
    page,
  }) => {
    await openCustomerAccount(page, "Northwind Traders");
    await page
      .getByRole("region", { name: "Azure reservations" })
      .getByRole("link", { name: "Add an Azure plan" })
      .click();
    await page.getByRole("button", { name: "Add Azure plan" }).click();
    const dialog = page.getByRole("dialog", { name: "Add Azure plan" });
    await dialog.getByRole("button", { name: "Confirm purchase" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Azure plan added" })).toBeVisible();

    await page.getByRole("checkbox", { name: /Show only usage-based Azure subscriptions/ }).check();
    await expect(page.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("row", { name: /Azure plan/ })).toContainText("Active");
    await expect(page.getByRole("button", { name: "Add Azure plan" })).toHaveCount(0);

    await openCustomerMenu(page, "Order history");
    await expect(page.getByRole("row").nth(1)).toContainText("Azure plan × 1");
    await expect(page.getByRole("row").nth(1)).toContainText("admin@contoso-csp.example");
    await expect(page.getByRole("row").nth(1)).toContainText("Partner");

    await openCustomerMenu(page, "Account");
    await purchaseSwitch(page).click();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "true");

    await page.goto("/activity-log?customer=Northwind%20Traders");
    const actions = page.getByRole("row").filter({ hasText: "Northwind Traders" });
    await expect(actions.nth(0)).toContainText("Create Customer Purchase Permissions");
    await expect(actions.nth(1)).toContainText("Create Order");
  });

  test("suspending the last Azure subscription while the permission is on is said plainly on the Account page", async ({
    page,
  }) => {
    await openCustomerAccount(page, "Fourth Coffee");
    await openCustomerMenu(page, "Subscriptions");
    await page.getByRole("button", { name: "Suspend Azure plan" }).click();
    await expect(page.getByRole("row", { name: /Azure plan/ })).toContainText("Suspended");

    await openCustomerMenu(page, "Account");
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "true");
    await expect(
      page.getByText("This permission is on, but the customer no longer has an active Azure plan"),
    ).toBeVisible();

    await openCustomerMenu(page, "Subscriptions");
    await page.getByRole("button", { name: "Reactivate Azure plan" }).click();
    await expect(page.getByRole("row", { name: /Azure plan/ })).toContainText("Active");
  });

  test("adds a customer user and deactivates them", async ({ page }) => {
    await openCustomerAccount(page, "Tailspin Toys");
    await openCustomerMenu(page, "Users");
    await page.getByRole("textbox", { name: "Display name" }).fill("Kim Akers");
    await page.getByRole("textbox", { name: "User name" }).fill("kim");
    await page.getByRole("button", { name: "Add user" }).click();
    const row = page.getByRole("row", { name: /Kim Akers/ });
    await expect(row).toContainText("kim@tailspintoys.onmicrosoft.com");
    await expect(row).toContainText("Active");

    await row.getByRole("button", { name: "Deactivate Kim Akers" }).click();
    await expect(page.getByRole("row", { name: /Kim Akers/ })).toContainText("Deactivated");

    await page.getByRole("textbox", { name: "Display name" }).fill("Someone Else");
    await page.getByRole("textbox", { name: "User name" }).fill("kim");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "A user named kim@tailspintoys.onmicrosoft.com already exists.",
    );
  });
});

test("a user added on the Users page gets a one-time temporary password and must change it at first sign-in", async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await openCustomerAccount(admin, "Tailspin Toys");
  await openCustomerMenu(admin, "Users");
  await admin.getByRole("textbox", { name: "Display name" }).fill("Lee O'Neil");
  await admin.getByRole("textbox", { name: "User name" }).fill("lee.o'neil");
  await admin.getByRole("button", { name: "Add user" }).click();
  const notice = admin.getByRole("status").filter({ hasText: "Temporary password" });
  await expect(notice).toContainText("shown only this once");
  const temporaryPassword = await notice.locator("code").innerText();
  expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
  await expect(admin.getByRole("row", { name: /Lee O'Neil/ })).toContainText("Active");

  let page = await (await browser.newContext()).newPage();
  const signIn = async (password: string) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("lee.o'neil@tailspintoys.onmicrosoft.com");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  // A wrong password is answered with the second step (nothing tells whether it was right), where it is refused.
  const refused = async () => {
    await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
    await page.getByLabel("Code", { exact: true }).fill("123456");
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("That didn’t work");
  };
  await signIn(demoPassword);
  await refused();

  await signIn(temporaryPassword);
  await expect(page).toHaveURL(/\/change-password$/);
  await page.goto("/portal/reservations");
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole("heading", { name: "Update your password" })).toBeVisible();

  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel("New password", { exact: true }).fill("weak");
  await page.getByLabel("Confirm new password").fill("weak");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();

  await page.getByLabel("Current password").fill(temporaryPassword);
  await page.getByLabel("New password", { exact: true }).fill("Tailspin flights 2026");
  await page.getByLabel("Confirm new password").fill("Tailspin flights 2026");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "Reservations", level: 1 })).toBeVisible();

  // The temporary password was for one use.
  page = await (await browser.newContext()).newPage();
  await signIn(temporaryPassword);
  await refused();
});

test.describe("as a Sales agent", () => {
  test.use({ storageState: signedInAs("sales") });

  test("sees Access control (IAM) and Users read-only", async ({ page }) => {
    await openCustomerAccount(page, "Wingtip Toys");
    await openCustomerMenu(page, "Subscriptions");
    await page.getByRole("link", { name: /^Manage Azure plan/ }).click();
    await expect(page.getByRole("row", { name: /Alex Wilber .* Owner/ })).toBeVisible();
    await expect(
      page.getByText("Only Admin agents can change role assignments. You have read-only access."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /Remove/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add role assignment" })).toHaveCount(0);

    await openCustomerMenu(page, "Users");
    await expect(page.getByRole("button", { name: /Deactivate/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add user" })).toHaveCount(0);
  });
});

test.describe("as a Help desk agent", () => {
  test.use({ storageState: signedInAs("helpdesk") });

  test("cannot buy an Azure plan", async ({ page }) => {
    await openCustomerAccount(page, "Bellows College");
    await openCustomerMenu(page, "Subscriptions");
    await expect(page.getByRole("heading", { name: "Subscriptions" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add Azure plan" })).toHaveCount(0);
  });
});
