import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, purchaseSwitch } from "./pages";

const reservationsCard = (page: Page) => page.getByRole("region", { name: "Azure reservations" });

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("turns the permission on and off; both changes are in the Activity log", async ({ page }) => {
    await openCustomerAccount(page, "Wingtip Toys");
    const permissions = page.getByRole("region", { name: "Customer permissions" });
    await expect(permissions.getByRole("heading", { name: "Azure reservations" })).toBeVisible();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "false");

    await purchaseSwitch(page).click();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "true");
    await expect(page.getByRole("status").filter({ hasText: "turned on" })).toBeVisible();
    await expect(reservationsCard(page).getByText(/^Turned on by admin@contoso-csp\.example on .+\.$/)).toBeVisible();
    await page.reload();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "true");
    await expect(reservationsCard(page).getByText(/^Turned on by admin@contoso-csp\.example on .+\.$/)).toBeVisible();

    await purchaseSwitch(page).click();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "false");
    await expect(page.getByRole("status").filter({ hasText: "turned off" })).toBeVisible();
    await page.reload();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "false");
    await expect(reservationsCard(page).getByText(/Turned on by/)).toHaveCount(0);

    await page.getByRole("link", { name: "Activity log" }).click();
    await page.getByRole("searchbox", { name: "Customer" }).fill("Wingtip Toys");
    await page.getByRole("button", { name: "Apply filters" }).click();
    const rows = page.getByRole("row").filter({ hasText: "Wingtip Toys" });
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("Delete Customer Purchase Permissions");
    await expect(rows.nth(0)).toContainText("admin@contoso-csp.example");
    await expect(rows.nth(1)).toContainText("Create Customer Purchase Permissions");
  });

  for (const [companyName, reason] of [
    ["Northwind Traders", "only a Microsoft 365 subscription"],
    ["Litware, Inc.", "a suspended Azure plan"],
  ]) {
    test(`is refused for ${companyName} (${reason}) with a clear message, and it stays off`, async ({ page }) => {
      await openCustomerAccount(page, companyName);
      await expect(
        reservationsCard(page).getByText("This customer has no active Azure plan or Azure Global subscription."),
      ).toBeVisible();

      await purchaseSwitch(page).click();
      await expect(page.getByRole("main").getByRole("alert")).toContainText(
        "needs an active Azure plan or Azure Global (MS-AZR-0145P) subscription",
      );
      await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "false");
      await page.reload();
      await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "false");
    });
  }

  test("sees the Owner warning for a customer with no Owner, and can still turn it on", async ({ page }) => {
    await openCustomerAccount(page, "Adventure Works Cycles");
    await expect(
      reservationsCard(page).getByText("Customers without Owner will get an error in the Azure portal"),
    ).toBeVisible();
    await purchaseSwitch(page).click();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "true");
    await purchaseSwitch(page).click();
    await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "false");
  });
});

for (const role of ["sales", "helpdesk"] as const) {
  test.describe(`as a ${role === "sales" ? "Sales" : "Help desk"} agent`, () => {
    test.use({ storageState: signedInAs(role) });

    test("sees the permission read-only", async ({ page }) => {
      await openCustomerAccount(page, "Fourth Coffee");
      await expect(purchaseSwitch(page)).toBeDisabled();
      await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", "true");
      await expect(reservationsCard(page).getByText(/^Turned on by admin@contoso-csp\.example on /)).toBeVisible();
      await expect(
        reservationsCard(page).getByText("Only Admin agents can change customer permissions."),
      ).toBeVisible();
      await expect(purchaseSwitch(page, "Azure savings plans")).toBeDisabled();
    });
  });
}

test("a Sales agent replaying the Admin agent's request changes nothing", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: signedInAs("admin") });
  const adminPage = await admin.newPage();
  await openCustomerAccount(adminPage, "Tailspin Toys");
  const [actionRequest] = await Promise.all([
    adminPage.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]),
    purchaseSwitch(adminPage).click(),
  ]);
  await expect(purchaseSwitch(adminPage)).toHaveAttribute("aria-checked", "true");
  await purchaseSwitch(adminPage).click();
  await expect(purchaseSwitch(adminPage)).toHaveAttribute("aria-checked", "false");

  const sales = await browser.newContext({ storageState: signedInAs("sales") });
  const replay = await sales.request.post(actionRequest.url(), {
    headers: { "next-action": actionRequest.headers()["next-action"], "content-type": "text/plain;charset=UTF-8" },
    data: actionRequest.postData() ?? "",
  });
  expect(await replay.text()).toContain("Only Admin agents can change customer permissions.");

  await adminPage.reload();
  await expect(purchaseSwitch(adminPage)).toHaveAttribute("aria-checked", "false");
  await admin.close();
  await sales.close();
});

test.describe("as another partner's Admin agent", () => {
  test.use({ storageState: signedInAs("fabrikamAdmin") });

  test("a Contoso customer's URL is not found", async ({ page }) => {
    await page.goto("/customers?q=proseware");
    await expect(page.getByRole("link", { name: "Proseware, Inc." })).toBeVisible();

    const contosoAdmin = await page
      .context()
      .browser()!
      .newContext({ storageState: signedInAs("admin") });
    const contosoPage = await contosoAdmin.newPage();
    await openCustomerAccount(contosoPage, "Wingtip Toys");
    const wingtipUrl = new URL(contosoPage.url()).pathname;
    await contosoAdmin.close();

    const response = await page.goto(wingtipUrl);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText("Wingtip Toys")).toHaveCount(0);
  });
});
