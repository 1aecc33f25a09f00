import { expect, test, type Page } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu, reviewD2sPurchase } from "./pages";

// The customer's side of purchase controls, and the partner's answer. Fourth Coffee is seeded with its own controls
// (USD 20,000 a month, approval above USD 2,500), 2 × D2s v5 bought this month (USD 1,100.40) and 10 × D2s v5
// (USD 5,502.00) waiting for approval. D2s v5 for a year is USD 550.20 at Contoso's price.

test.describe.configure({ mode: "serial" });

const lynne = (browser: import("@playwright/test").Browser) =>
  browser.newContext({ storageState: signedInAs("fourthCoffeeOwner") }).then((context) => context.newPage());
const admin = (browser: import("@playwright/test").Browser) =>
  browser.newContext({ storageState: signedInAs("admin") }).then((context) => context.newPage());

/** The Requests inbox's item of a purchase: its heading names the company, what was bought and its status. */
const inboxItem = (page: Page, quantity: number, status: string) =>
  page.getByRole("article").filter({
    has: page.getByRole("heading", { name: new RegExp(`^Fourth Coffee: ${quantity} × .*D2s v5.* — ${status}$`) }),
  });

test("a customer is refused over what is left of the month's limit, and submits a purchase above the approval amount", async ({
  browser,
}) => {
  const owner = await lynne(browser);
  // 40 × 550.20 = 22,008.00: over the 18,899.60 left of 20,000.00. Nothing is bought.
  const refused = await reviewD2sPurchase(owner, 40);
  await expect(refused.getByRole("alert")).toContainText(
    "over what is left of this month's purchase limit: $18,899.60 of $20,000.00",
  );
  await expect(refused.getByRole("button", { name: "Buy" })).toHaveCount(0);

  // 6 × 550.20 = 3,301.20: within the limit, above the approval amount: Submit, not Buy.
  const form = await reviewD2sPurchase(owner, 6);
  const review = form.getByRole("region", { name: "Review" });
  await expect(review).toContainText("Left this month: $18,899.60 of $20,000.00");
  await expect(review).toContainText("Above $2,500.00, Contoso CSP approves purchases first.");
  await expect(review.getByRole("button", { name: "Buy" })).toHaveCount(0);
  await review.getByRole("button", { name: "Submit for approval" }).click();
  await expect(owner.getByRole("status")).toContainText("Submitted for approval: $3,301.20");

  await owner.getByRole("link", { name: "Follow it in Requests" }).click();
  const submitted = owner.getByRole("table", { name: "Purchases submitted for approval" });
  await expect(submitted.getByRole("row").filter({ hasText: "$3,301.20" })).toContainText("Waiting for approval");
  await owner.context().close();
});

test("the Admin agent approves it from Requests: the order appears, counted in this month", async ({ browser }) => {
  const page = await admin(browser);
  await page.goto("/requests");
  const pending = inboxItem(page, 6, "Waiting for approval");
  await expect(pending).toContainText("Quoted $3,301.20");
  await expect(pending).toContainText("This month: $1,100.40 of $20,000.00");
  await expect(pending).toContainText("Approving leaves $15,598.40 of the limit.");
  await pending.getByRole("button", { name: /^Approve/ }).click();

  const approved = inboxItem(page, 6, "Approved");
  await expect(approved).toContainText("Approved: order");
  const orderId = (await approved.getByRole("link").first().textContent())!.trim();

  await openCustomerAccount(page, "Fourth Coffee");
  await expect(page.getByText("Used this month: $4,401.60 of $20,000.00. Left: $15,598.40.")).toBeVisible();
  await openCustomerMenu(page, "Order history");
  const order = page.getByRole("row").filter({ hasText: orderId });
  await expect(order).toContainText("lynne@fourthcoffee.onmicrosoft.com");
  await expect(order).toContainText("$3,301.20");

  await page.goto("/activity-log?customer=Fourth%20Coffee&action=approve_purchase");
  await expect(page.getByRole("row").nth(1)).toContainText("Approve Purchase");
  await page.context().close();
});

test("a decline needs a reason, and the customer sees it", async ({ browser }) => {
  const page = await admin(browser);
  await page.goto("/requests");
  const seeded = inboxItem(page, 10, "Waiting for approval");
  await seeded.getByRole("button", { name: /^Decline/ }).click();
  const reason = seeded.getByRole("textbox", { name: "Reason for declining" });
  await expect(reason).toBeVisible();
  await reason.fill("Ten is more than this project needs: submit four.");
  await seeded.getByRole("button", { name: /^Decline/ }).click();
  await expect(inboxItem(page, 10, "Declined")).toContainText(
    "Declined: Ten is more than this project needs: submit four.",
  );
  await page.context().close();

  const owner = await lynne(browser);
  await owner.goto("/portal/requests");
  const submitted = owner.getByRole("table", { name: "Purchases submitted for approval" });
  await expect(submitted.getByRole("row").filter({ hasText: "$5,502.00" })).toContainText(
    "Declined: Ten is more than this project needs: submit four.",
  );
  await owner.context().close();
});

test("two purchases at the same moment that each fit what is left, but not together: exactly one is bought", async ({
  browser,
}) => {
  const page = await admin(browser);
  await openCustomerAccount(page, "Fourth Coffee");
  const controls = page.getByRole("region", { name: "Purchase controls", exact: true });
  const limit = controls.getByRole("textbox", { name: "Monthly purchase limit (USD)" });
  // Used: 4,401.60. A limit of 5,500.00 leaves 1,098.40: one D2s v5 (550.20) fits, two do not.
  await limit.fill("5500");
  await controls.getByRole("button", { name: "Save purchase controls" }).click();
  await expect(controls.getByRole("status")).toHaveText("Purchase controls saved.");

  const [first, second] = [await lynne(browser), await lynne(browser)];
  const forms = [await reviewD2sPurchase(first, 1), await reviewD2sPurchase(second, 1)];
  for (const form of forms) await expect(form.getByRole("region", { name: "Review" })).toContainText("$1,098.40");
  await Promise.all(forms.map((form) => form.getByRole("button", { name: "Buy" }).click()));

  const outcomes = await Promise.all(
    [first, second].map(async (buyer) => {
      const done = buyer.getByRole("status").filter({ hasText: "Purchase complete" });
      const refused = buyer.getByRole("alert").filter({ hasText: "over what is left of this month's purchase limit" });
      await expect(done.or(refused)).toBeVisible();
      return (await done.count()) > 0 ? "bought" : "refused";
    }),
  );
  expect(outcomes.sort()).toEqual(["bought", "refused"]);

  // Put back the seeded limit for the specs after this one.
  await page.reload();
  await limit.fill("20000");
  await controls.getByRole("button", { name: "Save purchase controls" }).click();
  await expect(controls.getByRole("status")).toHaveText("Purchase controls saved.");
  await page.context().close();
});
