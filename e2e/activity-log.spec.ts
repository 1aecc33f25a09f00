import fs from "node:fs/promises";
import { expect, test } from "./test";
import { signedInAs } from "./accounts";

test.describe("as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("the gear icon opens the Activity log, newest first, with its columns", async ({ page }) => {
    await page.goto("/customers");
    await page.getByRole("link", { name: "Activity log" }).click();
    await expect(page.getByRole("heading", { name: "Activity log" })).toBeVisible();
    await expect(page.getByRole("columnheader")).toHaveText([
      "Date-Time",
      "Affected customer",
      "Action",
      "Partner user",
      "Details",
    ]);
    await expect(
      page
        .getByRole("row")
        .filter({ hasText: "Fourth Coffee" })
        .filter({ hasText: "Create Customer Purchase Permissions" }),
    ).toHaveCount(1);
  });

  test("filters by action and exports the filtered entries as CSV", async ({ page }) => {
    await page.goto("/activity-log");
    await page
      .getByRole("combobox", { name: "Action" })
      .selectOption({ label: "Delete Customer Purchase Permissions" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    const rows = page.getByRole("row").filter({ hasText: "Customer Purchase Permissions" });
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allTextContents()) expect(text).toContain("Delete Customer Purchase Permissions");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^activity-log-.*\.csv$/);
    const bytes = await fs.readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe(
      "Date-Time (UTC),Affected customer,Customer Microsoft ID,Action,Partner user,Status,Additional information",
    );
    expect(lines.length - 1).toBe(await rows.count());
    expect(lines.slice(1).every((line) => line.includes("Delete Customer Purchase Permissions"))).toBe(true);
  });
});

test.describe("filters it cannot read", () => {
  test.use({ storageState: signedInAs("admin") });

  test("are named on the page, never silently dropped, and refused by the export", async ({ page }) => {
    const tooLong = "W".repeat(201);
    await page.goto(`/activity-log?customer=${tooLong}&action=drop_table`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Not filtered as asked: the action is not one the log knows; the customer filter is over 200 characters. The list below leaves those filters out.",
    );
    const exported = await page.request.get(`/activity-log/export?customer=${tooLong}`);
    expect(exported.status()).toBe(400);
    expect(await exported.json()).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { customer: [expect.any(String)] },
    });
  });
});

test.describe("as a Sales agent", () => {
  test.use({ storageState: signedInAs("sales") });

  test("the Activity log is not available", async ({ page }) => {
    await page.goto("/customers");
    await expect(page.getByRole("link", { name: "Activity log" })).toHaveCount(0);
    await page.goto("/activity-log");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "Only Admin agents can view the Activity log.",
    );
    const exportResponse = await page.request.get("/activity-log/export");
    expect(exportResponse.status()).toBe(403);
  });
});
