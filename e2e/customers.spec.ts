import { expect, test } from "./test";
import { signedInAs } from "./accounts";

test.use({ storageState: signedInAs("helpdesk") });

test("CSP → Customers lists the partner's customers with their Azure and permission status", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
  await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("37 customers");

  await page.getByRole("searchbox", { name: "Search customers" }).fill("fourth coffee");
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row", { name: /Fourth Coffee/ });
  await expect(row.getByRole("cell")).toHaveText([
    "Fourth Coffee",
    "fourthcoffee.onmicrosoft.com",
    /^[0-9a-f-]{36}$/,
    "Active Azure subscription",
    "On",
  ]);
});

test("search finds customers by any word of their name or domain, and pages on the server", async ({ page }) => {
  await page.goto("/customers?q=toys");
  await expect(page.getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Tailspin Toys" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wingtip Toys" })).toBeVisible();

  await page.goto("/customers");
  const pages = page.getByRole("navigation", { name: "Customer pages" });
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page.getByRole("link", { name: "Wingtip Toys" })).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(1 + 37 - 25);
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page.getByRole("row")).toHaveCount(1 + 25);
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);
});

test("another partner's customers are not listed", async ({ page }) => {
  await page.goto("/customers?q=proseware");
  await expect(page.getByRole("status")).toHaveText('No customers match "proseware".');
});
