import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";

// An agent asks for the daily digest of what expires within 30 days; `npm run jobs` (the server's timer runs the same
// work) writes it to them alone, once a day.

const suiteDatabase = process.env.E2E_DATABASE_URL ?? "data/e2e/partner-console.sqlite";

/** `npm run jobs` on the suite's database: what it printed. */
function runJobs(): string {
  return execFileSync(path.resolve("node_modules/.bin/tsx"), [path.resolve("scripts/jobs.ts")], {
    env: { ...process.env, DATABASE_URL: suiteDatabase },
  }).toString();
}

/** The number of unread notifications the top bar's bell tells. */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  return Number((await bell.getAttribute("aria-label"))?.match(/\d+/)?.[0]);
}

test("a Sales agent turns the daily expiry digest on and gets it, once a day; other agents do not", async ({
  browser,
}) => {
  const sales = await (await browser.newContext({ storageState: signedInAs("sales") })).newPage();
  await sales.goto("/notifications");
  const digestSwitch = sales.getByRole("switch", {
    name: "Send me a daily digest of reservations and savings plans that expire within 30 days",
  });
  await expect(digestSwitch).not.toBeChecked();
  await digestSwitch.click();
  await expect(sales.getByText("You will get the daily digest.")).toBeVisible();
  await sales.reload();
  await expect(digestSwitch).toBeChecked();
  const unreadBefore = await unreadCount(sales);

  expect(runJobs()).toContain("Expiry digests: 1 sent,");
  // The same day again: it is found written.
  expect(runJobs()).toContain("Expiry digests: 0 sent, 1 already sent today");

  await sales.reload();
  const digestLink = sales.getByRole("link", {
    name: /Expiring within 30 days: \d+ reservations? and \d+ savings plans?\./,
  });
  const digest = sales.getByRole("list", { name: "Notifications" }).locator(digestLink);
  await expect(digest).toHaveCount(1);
  await expect(digest).toHaveAccessibleName(/^Unread: /);
  expect(await unreadCount(sales)).toBe(unreadBefore + 1);

  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await admin.goto("/notifications");
  await expect(admin.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect(admin.getByText(/Expiring within 30 days/)).toHaveCount(0);
  await admin.context().close();

  // Marked read, it no longer counts as unread; switched off, no more digests come.
  await sales.getByRole("listitem").filter({ has: digestLink }).getByRole("button", { name: "Mark as read" }).click();
  await expect(digest).toHaveAccessibleName(/^Expiring within 30 days/);
  await expect.poll(() => unreadCount(sales)).toBe(unreadBefore);
  await digestSwitch.click();
  await expect(sales.getByText("You will no longer get the daily digest.")).toBeVisible();
  await sales.reload();
  await expect(digestSwitch).not.toBeChecked();

  await digest.click();
  await expect(sales).toHaveURL(/\/expiring\?within=30$/);
});
