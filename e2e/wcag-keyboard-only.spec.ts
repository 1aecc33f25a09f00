import fs from "node:fs/promises";
import { expect, test, type Page } from "./test";
import { accounts, demoPassword, signedInAs } from "./accounts";
import { tabTo } from "./keyboard";
import { authenticatorCode } from "./sign-in-steps";

// The main flows with the keyboard alone — Tab, Shift+Tab, typing, Enter, Space, arrows — and the focus visible at
// each stop. Going to an address is typing it in the address bar. (Named to run after the other specs: it leaves
// Wingtip Toys with one more reservation.)

async function signInByKeyboard(page: Page, email: string) {
  await page.goto("/signin");
  await tabTo(page, page.getByRole("textbox", { name: /Email|Adresse e-mail/ }));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  // The second step: a code from the authenticator app.
  await tabTo(page, page.getByRole("textbox", { name: "Code", exact: true }));
  await page.keyboard.type(await authenticatorCode(email));
  await page.keyboard.press("Enter");
}

test("in French, by keyboard alone: sign in, find Wingtip Toys, allow it to buy, a customer buys, see it in the Journal d’activité, turn it off", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // Élise chose French in her user menu; her browser says English.
  const elise = await (await browser.newContext({ locale: "en-US", acceptDownloads: true })).newPage();
  await signInByKeyboard(elise, accounts.elise.email);
  await expect(elise.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();

  await tabTo(elise, elise.getByRole("searchbox", { name: "Rechercher des clients" }));
  await elise.keyboard.type("Wingtip Toys");
  await elise.keyboard.press("Enter");
  const wingtip = elise.getByRole("link", { name: "Wingtip Toys", exact: true });
  await tabTo(elise, wingtip);
  await elise.keyboard.press("Enter");
  await expect(elise.getByRole("heading", { name: "Autorisations du client" })).toBeVisible();
  const account = elise.url();

  const allow = elise
    .getByRole("region", { name: "Réservations Azure" })
    .getByRole("switch", { name: "Autoriser le client à acheter" });
  await expect(allow).toHaveAttribute("aria-checked", "false");
  await tabTo(elise, allow);
  await elise.keyboard.press("Space");
  await expect(allow).toHaveAttribute("aria-checked", "true");
  await expect(elise.getByRole("status").filter({ hasText: /activée|activé/ })).toBeVisible();

  // Wingtip's Owner buys a reservation in the customer area, in a French browser.
  const alex = await (
    await browser.newContext({ storageState: signedInAs("wingtipOwner"), locale: "fr-FR" })
  ).newPage();
  await alex.goto("/portal/reservations/purchase");
  const form = alex.getByRole("form", { name: "Acheter des réservations" });
  await tabTo(alex, form.getByRole("combobox", { name: "Région" }));
  await alex.keyboard.press("ArrowDown");
  await tabTo(alex, form.getByRole("spinbutton", { name: /Quantité/ }));
  await alex.keyboard.press("Control+A");
  await alex.keyboard.type("1");
  await tabTo(alex, form.getByRole("button", { name: "Vérifier l’achat" }));
  await alex.keyboard.press("Enter");
  const buy = form.getByRole("region", { name: "Vérification" }).getByRole("button", { name: "Acheter" });
  await tabTo(alex, buy);
  await alex.keyboard.press("Enter");
  await expect(alex.getByRole("status")).toContainText("Achat effectué");

  // The Journal d’activité, behind the gear: filtered to Wingtip Toys and exported.
  await tabTo(elise, elise.getByRole("link", { name: "Journal d’activité" }), { backwards: true });
  await elise.keyboard.press("Enter");
  await expect(elise.getByRole("heading", { level: 1, name: "Journal d’activité" })).toBeVisible();
  await tabTo(elise, elise.getByRole("searchbox", { name: "Client" }));
  await elise.keyboard.type("Wingtip Toys");
  await tabTo(elise, elise.getByRole("button", { name: "Appliquer les filtres" }));
  await elise.keyboard.press("Enter");
  const created = elise.getByRole("row").filter({ hasText: "Créer des autorisations d’achat du client" });
  await expect(created.first()).toContainText("Wingtip Toys");
  await expect(created.first()).toContainText(accounts.elise.email);
  await expect(elise.getByRole("row").filter({ hasText: "Créer une commande" }).first()).toContainText(
    accounts.wingtipOwner.email,
  );
  const exportLink = elise.getByRole("link", { name: "Exporter" });
  await tabTo(elise, exportLink);
  const [download] = await Promise.all([elise.waitForEvent("download"), elise.keyboard.press("Enter")]);
  const csv = (await fs.readFile((await download.path())!)).subarray(3).toString("utf8");
  expect(csv.split("\r\n")[0]).toContain("Client concerné");
  expect(csv).toContain("Créer des autorisations d’achat du client");

  // And off again, with Space.
  await elise.goto(account);
  await tabTo(elise, allow);
  await elise.keyboard.press("Space");
  await expect(allow).toHaveAttribute("aria-checked", "false");
  // The switch moves at once; the change is saved when the status says so (leaving before could cancel it).
  await expect(elise.getByRole("status").filter({ hasText: "désactivées" })).toBeVisible();
  await elise.goto("/activity-log?customer=Wingtip%20Toys");
  await expect(elise.getByRole("row").nth(1)).toContainText("Supprimer les autorisations d’achat du client");
});

test("in English, by keyboard alone: sign in and open a customer; the user menu opens, closes with Escape, and gives the focus back", async ({
  page,
}) => {
  await signInByKeyboard(page, accounts.sales.email);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await tabTo(page, page.getByRole("searchbox", { name: "Search customers" }));
  await page.keyboard.type("Tailspin");
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("link", { name: "Tailspin Toys", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Customer permissions" })).toBeVisible();

  const menu = page.locator("[aria-controls=user-menu-panel]");
  await tabTo(page, menu, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // Tab enters a radio group on its checked button: this user follows the browser's language.
  const followBrowser = page.getByRole("radio", { name: "Same as my browser" });
  await expect(followBrowser).toBeChecked();
  await tabTo(page, followBrowser);
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
});
