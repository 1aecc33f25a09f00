import { expect, test, type Page } from "./test";
import { accounts, signedInAs } from "./accounts";
import { authenticatorCode, signInWithForm } from "./sign-in-steps";

// Multifactor authentication for partner users (issue 19): enrollment at the first sign-in, the second step with a
// code, a recovery code or a passkey, and nothing served before it is done. Debra and Christie are seeded without MFA:
// Debra enrolls here (and signs in in no other test); Christie never does, so she stays half signed in.

const debra = { email: "debra@contoso-csp.example", name: "Debra Berger" };
const christie = "christie@contoso-csp.example";

const enrollment = (page: Page) => page.getByRole("heading", { name: "Set up multifactor authentication", level: 1 });
const customers = (page: Page) => page.getByRole("heading", { name: "Customers", level: 1 });
const refused =
  "That didn’t work: the code, or the email or password before it, isn’t right. Check the code, or go back and enter your password again.";

async function signOut(page: Page, name: string) {
  await page.getByRole("button", { name: new RegExp(name) }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
}

test.describe.serial("a partner user without MFA", () => {
  // Debra's app, as she set it up in the first test: the key she read off the page.
  let debraKey = "";

  test("sets it up at her first sign-in, gets 10 recovery codes, and each signs her in once", async ({ page }) => {
    await signInWithForm(page, debra.email, { code: null });
    await expect(enrollment(page)).toBeVisible();

    await page.getByRole("button", { name: "Set up an authenticator app" }).click();
    await expect(
      page.getByRole("img", { name: "QR code to add Partner Console to your authenticator app" }),
    ).toBeVisible();
    debraKey = (await page.getByLabel("Authenticator app key").innerText()).replace(/\s/g, "");
    expect(debraKey).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel("Code from the app").fill(await authenticatorCode(debra.email, debraKey));
    await page.getByRole("button", { name: "Verify and continue" }).click();

    const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
    await expect(codes).toHaveCount(10);
    const recoveryCode = await codes.first().innerText();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(customers(page)).toBeVisible();

    await signOut(page, debra.name);
    await signInWithForm(page, debra.email, { code: recoveryCode });
    await expect(customers(page)).toBeVisible();

    await signOut(page, debra.name);
    await signInWithForm(page, debra.email, { code: recoveryCode });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(refused);
    await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
  });

  test("adds a passkey on her Security info page, then signs in with it", async ({ page }) => {
    // Chromium's virtual authenticator: a passkey kept "on this device", the user verified without a prompt.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await signInWithForm(page, debra.email, { code: await authenticatorCode(debra.email, debraKey) });
    await expect(customers(page)).toBeVisible();
    await page.goto("/settings/security");
    const passkeys = page.getByRole("region", { name: "Passkeys" });
    await passkeys.getByRole("textbox", { name: "Passkey name" }).fill("Work laptop");
    await passkeys.getByRole("button", { name: "Add a passkey" }).click();
    await expect(passkeys.getByRole("status")).toHaveText("Passkey Work laptop added.");
    await expect(passkeys.getByRole("row", { name: /Work laptop/ })).toBeVisible();

    await signOut(page, debra.name);
    await signInWithForm(page, debra.email, { code: null });
    await page.getByRole("button", { name: "Use a passkey" }).click();
    await expect(customers(page)).toBeVisible();
  });
});

test.describe("the second step", () => {
  const email = accounts.sales.email;

  test("a wrong code is refused, on the same step", async ({ page }) => {
    await signInWithForm(page, email, { code: "000000" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(refused);
    await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a code that signed in once is refused the second time", async ({ page }) => {
    const code = await authenticatorCode(email);
    await signInWithForm(page, email, { code });
    await expect(customers(page)).toBeVisible();
    await signOut(page, accounts.sales.name);

    await signInWithForm(page, email, { code });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(refused);
    await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
  });
});

test.describe("before MFA is done", () => {
  // Every place of the partner's work: a half-signed-in session is sent to set up MFA instead.
  const routes = [
    "/customers",
    "/customers/{customerId}/account",
    "/requests",
    "/activity-log",
    "/pricing",
    "/settings",
    "/settings/security",
    "/notifications",
  ];

  test("no page is served and the API answers 401", async ({ page, browser }) => {
    const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
    const found = await (await admin.request.get("/api/v1/customers?search=Wingtip")).json();
    const customerId: string = found.items[0].id;
    await admin.context().close();

    await signInWithForm(page, christie, { code: null });
    await expect(enrollment(page)).toBeVisible();

    for (const route of routes) {
      await page.goto(route.replace("{customerId}", customerId));
      await expect(enrollment(page), route).toBeVisible();
      await expect(page, route).toHaveURL(/\/signin\/mfa/);
    }

    expect((await page.request.get("/api/v1/customers")).status()).toBe(401);
    const policy = {
      selfServeEntity: { selfServeEntityType: "customer", tenantID: customerId },
      grantor: { grantorType: "billToPartner" },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    };
    expect((await page.request.post("/api/v1/SelfServePolicy", { data: policy })).status()).toBe(401);
  });
});
