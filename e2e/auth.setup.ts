import { expect, test as setup } from "./test";
import { accounts, signedInAs, type AccountName } from "./accounts";
import { signInWithForm } from "./sign-in-steps";

for (const name of Object.keys(accounts) as AccountName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    const customer = accounts[name].role === "Customer user";
    // Partner users show a code from their authenticator app; the demo customer users have not turned MFA on.
    await signInWithForm(page, accounts[name].email, customer ? { code: null } : {});
    const home = customer ? "Reservations" : name === "elise" ? "Clients" : "Customers";
    await expect(page.getByRole("heading", { name: home, level: 1 })).toBeVisible();
    await page.context().storageState({ path: signedInAs(name) });
  });
}
