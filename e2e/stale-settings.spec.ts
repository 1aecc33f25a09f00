import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";

// Two Admin agents (or two tabs) editing the same shared settings: the second save, read before the first,
// is refused with a clear message and changes nothing, instead of silently wiping the first one's change.

const e4s = "Override for Virtual machine E4s v5 (memory optimized, 4 vCPU, 32 GiB) (%)";
const d8s = "Override for Virtual machine D8s v5 (general purpose, 8 vCPU, 32 GiB) (%)";

async function openPricing(page: Page) {
  await page.goto("/pricing");
  await expect(page.getByRole("heading", { name: "Reservation prices", level: 1 })).toBeVisible();
}

test("a price save read before another one is refused; after a reload it goes through", async ({ browser }) => {
  const [first, second] = await Promise.all(
    [0, 1].map(async () => (await browser.newContext({ storageState: signedInAs("admin") })).newPage()),
  );
  await openPricing(first);
  await openPricing(second);

  await first.getByRole("textbox", { name: e4s }).fill("12");
  await first.getByRole("button", { name: "Save prices" }).click();
  await expect(first.getByRole("status")).toHaveText("Reservation prices saved.");

  await second.getByRole("textbox", { name: d8s }).fill("3");
  await second.getByRole("button", { name: "Save prices" }).click();
  await expect(second.getByRole("main").getByRole("alert")).toHaveText(
    "Another Admin agent changed reservation prices since you opened this page. Reload to see their prices, then make your changes again.",
  );

  await openPricing(second);
  await expect(second.getByRole("textbox", { name: e4s })).toHaveValue("12");
  await expect(second.getByRole("textbox", { name: d8s })).toHaveValue("");
  await second.getByRole("textbox", { name: d8s }).fill("3");
  await second.getByRole("button", { name: "Save prices" }).click();
  await expect(second.getByRole("status")).toHaveText("Reservation prices saved.");
  // A second save from the same page carries the version its first one made; it also puts both products back to
  // the default. The first save's "saved" is still on screen, so what proves this one went through is the reload
  // once the action has answered.
  await second.getByRole("textbox", { name: e4s }).fill("");
  await second.getByRole("textbox", { name: d8s }).fill("");
  const saving = second.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/pricing",
  );
  await second.getByRole("button", { name: "Save prices" }).click();
  // The action's answer comes once the save is written (its headers carry what it revalidated); its streamed body
  // is a re-render this test does not need, so nothing waits for that to end.
  expect((await saving).ok()).toBe(true);
  await openPricing(second);
  await expect(second.getByRole("textbox", { name: e4s })).toHaveValue("");
  await expect(second.getByRole("textbox", { name: d8s })).toHaveValue("");
});

test("a purchase-alerts switch flipped in a stale tab is refused and shows the setting as it is", async ({
  browser,
}) => {
  const [first, second] = await Promise.all(
    [0, 1].map(async () => (await browser.newContext({ storageState: signedInAs("admin") })).newPage()),
  );
  await first.goto("/settings");
  await second.goto("/settings");
  const alerts = (page: Page) => page.getByRole("switch", { name: "Notify me when a customer buys a reservation" });
  const initially = (await alerts(first).getAttribute("aria-checked")) === "true";

  await alerts(first).click();
  await expect(first.getByRole("status")).toHaveText(
    initially ? "Purchase alerts are off." : "Purchase alerts are on.",
  );
  await alerts(first).click();
  await expect(first.getByRole("status")).toHaveText(
    initially ? "Purchase alerts are on." : "Purchase alerts are off.",
  );

  await alerts(second).click();
  await expect(second.getByRole("main").getByRole("alert")).toContainText(
    "Another Admin agent changed purchase alerts since you opened this page.",
  );
  await expect(alerts(second)).toHaveAttribute("aria-checked", String(initially));
});
