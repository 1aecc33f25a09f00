import { expect, test } from "@playwright/test";
import { accounts, demoPassword, signedInAs } from "./accounts";

test.describe("signed out", () => {
  test("a visit to any page goes to sign-in, and back there after signing in", async ({ page }) => {
    await page.goto("/activity-log?action=create_self_serve_policy");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

    await page.getByLabel("Email").fill(accounts.admin.email);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.getByRole("heading", { name: "Activity log" })).toBeVisible();
    await expect(page).toHaveURL(/\/activity-log\?action=create_self_serve_policy/);
  });

  test("a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(accounts.admin.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("the user menu", () => {
  test.use({ storageState: signedInAs("sales") });

  test("shows the user's name and role, and signs out", async ({ page }) => {
    await page.goto("/customers");
    await page.getByRole("button", { name: new RegExp(accounts.sales.name) }).click();
    await expect(page.getByText(`Role: ${accounts.sales.role}`)).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/customers");
    await expect(page).toHaveURL(/\/signin/);
  });
});
