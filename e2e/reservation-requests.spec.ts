import { expect, test } from "./test";
import { signedInAs } from "./accounts";
import { openCustomerAccount, openCustomerMenu } from "./pages";

// Customers ask their partner instead of e-mailing: Alex (Wingtip Toys) asks Contoso to cancel the D4s v5
// reservation Contoso bought them, and to renew it; an Admin agent approves one, declines the other.

test("a Wingtip Owner asks; the Admin agent sees the refund it would make, approves one and declines one", async ({
  browser,
}) => {
  const alex = await (await browser.newContext({ storageState: signedInAs("wingtipOwner") })).newPage();
  await alex.goto("/portal/reservations");
  const d4s = alex.getByRole("row", { name: /D4s v5/ });
  await d4s.getByRole("link", { name: /^Ask Contoso CSP to cancel/ }).click();
  const form = alex.getByRole("form", { name: "Your request" });
  await form.getByRole("spinbutton", { name: "Quantity to cancel" }).fill("1");
  await form.getByRole("textbox", { name: /Message to your partner/ }).fill("We moved this workload to App Service.");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(alex.getByRole("heading", { name: "Requests", level: 1 })).toBeVisible();
  await expect(alex.getByRole("row", { name: /Cancel 1/ })).toContainText("Waiting for an answer");

  await alex.goto("/portal/reservations");
  await d4s.getByRole("link", { name: /^Ask Contoso CSP to renew/ }).click();
  await form.getByRole("radio", { name: "Yes, renew it" }).check();
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(alex.getByRole("row", { name: /Turn auto-renew on/ })).toContainText("Waiting for an answer");

  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await admin.goto("/customers");
  await admin
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: /^Requests\s*\d+ open/ })
    .click();
  const cancel = admin.getByRole("article", { name: "Wingtip Toys: Cancel 1 — Open" });
  await expect(cancel).toContainText("We moved this workload to App Service.");
  await expect(cancel).toContainText(/If approved now: refund \$[\d,.]+, commitment cancelled/);
  await cancel.getByRole("button", { name: /^Approve/ }).click();
  await expect(admin.getByRole("article", { name: "Wingtip Toys: Cancel 1 — Approved" })).toBeVisible();

  const renew = admin.getByRole("article", { name: "Wingtip Toys: Turn auto-renew on — Open" });
  await renew
    .getByRole("textbox", { name: "Reason for declining" })
    .fill("Renewals are decided at our quarterly review.");
  await renew.getByRole("button", { name: /^Decline/ }).click();
  await expect(admin.getByRole("article", { name: "Wingtip Toys: Turn auto-renew on — Declined" })).toContainText(
    "Declined: Renewals are decided at our quarterly review.",
  );

  await alex.goto("/portal/requests");
  await expect(alex.getByRole("row", { name: /Cancel 1/ })).toContainText("Done");
  await expect(alex.getByRole("row", { name: /Turn auto-renew on/ })).toContainText(
    "Renewals are decided at our quarterly review.",
  );
  await alex.goto("/portal/reservations");
  await expect(alex.getByRole("row", { name: /D4s v5/ }).filter({ hasText: "Cancelled" })).toHaveCount(1);

  await openCustomerAccount(admin, "Wingtip Toys");
  await openCustomerMenu(admin, "Order history");
  await expect(admin.getByRole("row", { name: /D4s v5.*refund/ })).toContainText("-$");
});

test("a Sales agent sees requests but cannot decide them", async ({ browser }) => {
  const sales = await (await browser.newContext({ storageState: signedInAs("sales") })).newPage();
  await sales.goto("/requests");
  await expect(sales.getByText("Only Admin agents can approve or decline requests.")).toBeVisible();
  await expect(sales.getByRole("button", { name: /^Approve|^Decline/ })).toHaveCount(0);
});
