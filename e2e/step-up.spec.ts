import type { Page } from "@playwright/test";
import { accounts } from "./accounts";
import { ageLatestMfa } from "./session-clock";
import { authenticatorCode, signInWithForm } from "./sign-in-steps";
import { expect, test } from "./test";

async function createApiKey(page: Page, name: string) {
  const form = page.getByRole("form", { name: "Create API key" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create API key" }).click();
}

// A fresh sign-in of its own: the saved Admin sign-in the other tests use keeps its recent MFA.
test("creating an API key asks for MFA again when the last one is more than 15 minutes old", async ({ page }) => {
  await signInWithForm(page, accounts.admin.email);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  await ageLatestMfa(accounts.admin.email, 16);

  await page.goto("/settings");
  await createApiKey(page, "step-up-check");
  await expect(page).toHaveURL(/\/signin\/mfa\?callbackUrl=%2Fsettings/);
  await expect(page.getByRole("heading", { name: "Verify your identity", level: 1 })).toBeVisible();
  await page.getByLabel("Code", { exact: true }).fill(await authenticatorCode(accounts.admin.email));
  await page.getByRole("button", { name: "Verify", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible();
  await createApiKey(page, "step-up-check");
  await expect(page.getByRole("form", { name: "Create API key" }).getByRole("status")).toContainText(
    "API key step-up-check created.",
  );
});
