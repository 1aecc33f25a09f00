import { expect, test as setup } from "./test";
import { accounts, demoPassword, signedInAs, type AccountName } from "./accounts";

for (const name of Object.keys(accounts) as AccountName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(accounts[name].email);
    await page.getByLabel("Password").fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    const home = accounts[name].role === "Customer user" ? "Reservations" : name === "elise" ? "Clients" : "Customers";
    await expect(page.getByRole("heading", { name: home, level: 1 })).toBeVisible();
    await page.context().storageState({ path: signedInAs(name) });
  });
}
