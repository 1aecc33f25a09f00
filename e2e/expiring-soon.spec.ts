import fs from "node:fs/promises";
import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";

// The seed's reservations and savings plan that end within 30 days (Blue Yonder's savings plan, Alpine's and Lamna's
// reservations, auto-renew off), 60 days (Trey Research's, auto-renew on) and 90 days (Fabrikam Residences').

const rowOf = (page: Page, customer: string) => page.getByRole("row").filter({ hasText: customer });

/** A row's Auto-renew cell: the sixth column, after the checkbox when there is one. */
const autoRenewOf = (page: Page, customer: string, { selectable }: { selectable: boolean }) =>
  rowOf(page, customer)
    .getByRole("cell")
    .nth(selectable ? 6 : 5);

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("lists what ends within 30, 60 and 90 days, from the left nav", async ({ page }) => {
    await page.goto("/customers");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Expiring soon" }).click();
    await expect(page.getByRole("heading", { name: "Expiring soon" })).toBeVisible();
    // The list comes sorted by end date, soonest first: its header says so.
    await expect(page.getByRole("columnheader")).toContainText([
      "Select",
      "Customer",
      "Name",
      "Product",
      "Term",
      "End date",
      "Auto-renew",
      "Renewal price today",
    ]);
    for (const customer of ["Blue Yonder Airlines", "Alpine Ski House", "Lamna Healthcare"]) {
      await expect(rowOf(page, customer)).toHaveCount(1);
    }
    await expect(rowOf(page, "Alpine Ski House")).toContainText("3 × Virtual machine D2s v5");
    await expect(rowOf(page, "Blue Yonder Airlines")).toContainText("Savings plan, 1.200 USD/hour");
    await expect(rowOf(page, "Trey Research")).toHaveCount(0);

    const within = page.getByRole("combobox", { name: "Ends within" });
    await within.selectOption({ label: "60 days" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(autoRenewOf(page, "Trey Research", { selectable: true })).toHaveText("On");
    await expect(rowOf(page, "Fabrikam Residences")).toHaveCount(0);

    await page.getByRole("combobox", { name: "Ends within" }).selectOption({ label: "90 days" });
    await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Reservation" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(rowOf(page, "Fabrikam Residences")).toHaveCount(1);
    await expect(rowOf(page, "Blue Yonder Airlines")).toHaveCount(0);

    // Sorted by customer, A to Z, then Z to A.
    await page.getByRole("link", { name: "Customer, sort" }).click();
    await expect(page.getByRole("columnheader", { name: "Customer" })).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByRole("row").nth(1)).toContainText("Alpine Ski House");
    await page.getByRole("link", { name: "Customer, sort" }).click();
    await expect(page.getByRole("columnheader", { name: "Customer" })).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByRole("row").nth(1)).toContainText("Trey Research");
  });

  test("turns auto-renew on for two at once, and they show On", async ({ page }) => {
    await page.goto("/expiring?within=30&autoRenew=off");
    const selectable = page.getByRole("row").filter({ has: page.getByRole("checkbox") });
    await expect(selectable).toHaveCount(3);
    const customers = [
      await selectable.nth(0).getByRole("cell").nth(1).innerText(),
      await selectable.nth(1).getByRole("cell").nth(1).innerText(),
    ];
    await selectable.nth(0).getByRole("checkbox").check();
    await selectable.nth(1).getByRole("checkbox").check();
    await page.getByRole("button", { name: "Turn on auto-renew" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Auto-renew turned on for 2 purchases." })).toBeVisible();
    // Those two no longer have it off.
    await expect(selectable).toHaveCount(1);

    await page.goto("/expiring?within=30");
    for (const customer of customers) {
      await expect(autoRenewOf(page, customer, { selectable: true })).toHaveText("On");
    }
  });

  test("exports the list as CSV, with the filters and order the page shows", async ({ page }) => {
    await page.goto("/expiring?within=90&sort=customer");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("expiring-within-90-days.csv");
    const bytes = await fs.readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe("Customer,Customer ID,Kind,Name,ID,Product,Term,End date,Auto-renew,Renewal price today");
    expect(lines.map((line) => line.split(",")[0])).toEqual([
      "Customer",
      "Alpine Ski House",
      "Blue Yonder Airlines",
      "Fabrikam Residences",
      "Lamna Healthcare",
      "Trey Research",
    ]);
  });
});

test.describe("as a Sales agent", () => {
  test.use({ storageState: signedInAs("sales") });

  test("sees the same list, without checkboxes or the button", async ({ page }) => {
    await page.goto("/expiring");
    await expect(rowOf(page, "Alpine Ski House")).toHaveCount(1);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Turn on auto-renew" })).toHaveCount(0);
    await expect(page.getByText("Only an Admin agent can turn auto-renew on.")).toBeVisible();
  });
});
