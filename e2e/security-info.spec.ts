import type { Locator } from "@playwright/test";
import { expect, test, type Page } from "./test";
import { accounts, signedInAs } from "./accounts";
import { authenticatorCode, signInWithForm } from "./sign-in-steps";

// Security info (one's own MFA methods), Settings → Users (an Admin agent resets someone's MFA after a lost device),
// and the recent MFA the most sensitive acts ask for.

const grady = "grady@contoso-csp.example";

/**
 * Does a sensitive act until its outcome shows. When the session's MFA is over 15 minutes old (the saved sign-ins are
 * as old as the run), the browser is sent to verify again and comes back, and the act is done once more.
 */
async function afterRecentMfa(page: Page, email: string, act: () => Promise<void>, outcome: Locator) {
  await act();
  const verify = page.getByRole("heading", { name: "Verify your identity" });
  await expect(outcome.or(verify)).toBeVisible();
  if (await verify.isVisible()) {
    await page.getByLabel("Code", { exact: true }).fill(await authenticatorCode(email));
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    await expect(verify).toBeHidden();
    await act();
  }
  await expect(outcome).toBeVisible();
}

test.describe("Settings → Users, as an Admin agent", () => {
  test.use({ storageState: signedInAs("admin") });

  test("resets another user's MFA after asking, and the Activity log says so", async ({ page }) => {
    await page.goto("/settings");
    const users = page.getByRole("region", { name: "Users" });
    const row = users.getByRole("row").filter({ hasText: grady });
    await expect(row).toContainText("Help desk agent");
    await expect(row).toContainText("Set up");
    // One's own MFA is changed on one's Security info page, not reset from here.
    await expect(users.getByRole("row").filter({ hasText: accounts.admin.email }).getByRole("button")).toHaveCount(0);

    await afterRecentMfa(
      page,
      accounts.admin.email,
      async () => {
        await row.getByRole("button", { name: "Reset MFA Grady Archie" }).click();
        const dialog = page.getByRole("dialog", { name: "Reset Grady Archie’s MFA?" });
        await expect(dialog).toContainText("signed out everywhere");
        await dialog.getByRole("button", { name: "Reset MFA" }).click();
      },
      row.getByRole("status"),
    );
    await expect(row.getByRole("status")).toHaveText(
      "Grady Archie’s MFA was reset: they set it up again at their next sign-in.",
    );
    await expect(row).toContainText("Not set up");

    await page.goto("/activity-log?action=reset_user_mfa");
    const entry = page.getByRole("row").filter({ hasText: "Reset User MFA" });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(accounts.admin.email);
    await entry.getByText("Show details").click();
    await expect(entry).toContainText(grady);
  });
});

test.describe("Settings → Users, as a Sales agent", () => {
  test.use({ storageState: signedInAs("sales") });

  test("lists the users and whether MFA is set up, with no way to reset it", async ({ page }) => {
    await page.goto("/settings");
    const users = page.getByRole("region", { name: "Users" });
    await expect(users.getByRole("row").filter({ hasText: "christie@contoso-csp.example" })).toContainText(
      "Not set up",
    );
    await expect(users).toContainText("Only Admin agents can reset a user’s MFA.");
    await expect(users.getByRole("button")).toHaveCount(0);
    await expect(users.getByRole("columnheader")).toHaveText(["Name", "Email", "Role", "MFA"]);
  });
});

test.describe("an API key, right after signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  // The server asks again once the last MFA is 15 minutes old (unit tests: app/(dashboard)/recent-mfa-doors.test.ts);
  // a session that has just shown its second factor is not asked.
  test("is created without being asked to verify again", async ({ page }) => {
    await signInWithForm(page, accounts.admin.email);
    await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Create API key" });
    await form.getByRole("textbox", { name: "Name" }).fill("fresh-session");
    await form.getByRole("button", { name: "Create API key" }).click();
    await expect(form.getByRole("status")).toContainText("API key fresh-session created. Copy it now");
    await expect(page).toHaveURL(/\/settings$/);
  });
});

test.describe("Security info, as a customer user", () => {
  test.use({ storageState: signedInAs("wingtipReader") });

  test("turns MFA on with an authenticator app and a passkey, gets recovery codes, and turns it off", async ({
    page,
  }) => {
    const email = accounts.wingtipReader.email;
    await page.goto("/portal/reservations");
    await page.getByRole("button", { name: /Megan Bowen/ }).click();
    await page.getByRole("link", { name: "Security info" }).click();
    await expect(page.getByRole("heading", { name: "Security info", level: 1 })).toBeVisible();
    await expect(page.getByText("Multifactor authentication is off")).toBeVisible();

    const app = page.getByRole("region", { name: "Authenticator app" });
    await app.getByRole("button", { name: "Set up authenticator app" }).click();
    await expect(
      app.getByRole("img", { name: "QR code to add Partner Console to your authenticator app" }),
    ).toBeVisible();
    // The key as text, in groups of four, for an app that cannot scan: what the QR code carries.
    const key = (await app.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent())!.replace(/\s/g, "");
    await app.getByLabel("Code", { exact: true }).fill(await authenticatorCode(email, key));
    await app.getByRole("button", { name: "Verify" }).click();
    await expect(app.getByRole("status")).toHaveText("Authenticator app set up.");
    await expect(page.getByText("Multifactor authentication is on")).toBeVisible();
    await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
    await expect(page.getByText("10 recovery codes left.")).toBeVisible();

    // A passkey too, made by Chromium's virtual authenticator.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    const passkeys = page.getByRole("region", { name: "Passkeys" });
    await passkeys.getByLabel("Passkey name").fill("Work laptop");
    await passkeys.getByRole("button", { name: "Add a passkey" }).click();
    await expect(passkeys.getByRole("status")).toHaveText("Passkey Work laptop added.");
    await expect(passkeys.getByRole("row").filter({ hasText: "Work laptop" })).toContainText("Never");

    await passkeys.getByRole("button", { name: "Remove Work laptop" }).click();
    const removePasskey = page.getByRole("dialog", { name: "Remove the passkey Work laptop?" });
    await removePasskey.getByRole("button", { name: "Remove" }).click();
    await expect(passkeys.getByRole("status")).toHaveText("Passkey removed.");
    await expect(passkeys).toContainText("No passkeys yet.");

    await app.getByRole("button", { name: "Remove Authenticator app" }).click();
    const removeApp = page.getByRole("dialog", { name: "Remove the authenticator app?" });
    await expect(removeApp).toContainText("multifactor authentication turns off");
    await removeApp.getByRole("button", { name: "Remove" }).click();
    await expect(app.getByRole("status")).toHaveText("Multifactor authentication is off.");
    await expect(page.getByText("Multifactor authentication is off:")).toBeVisible();
    await expect(page.getByRole("list", { name: "Recovery codes" })).toBeHidden();
  });
});
