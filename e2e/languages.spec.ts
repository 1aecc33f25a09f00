import { expect, test } from "./test";
import { signedInAs, type AccountName } from "./accounts";
import { partnerPages, portalPages } from "./main-pages";
import { englishOnPage } from "./untranslated";

test.describe("a French browser (Accept-Language: fr-FR)", () => {
  test.use({ locale: "fr-FR" });

  for (const account of ["admin", "helpdesk", "fourthCoffeeOwner", "cohoOwner"] as AccountName[]) {
    test(`${account} sees every page in French, with no English left`, async ({ browser }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ storageState: signedInAs(account), locale: "fr-FR" });
      const page = await context.newPage();
      const paths = account.endsWith("Owner")
        ? await portalPages(page)
        : await partnerPages(page, { admin: account === "admin" });
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "fr-FR");
        // The API reference stays English (marked lang="en-US"): wait for it, so that it is always checked rendered.
        if (path === "/developers")
          await expect(page.getByRole("heading", { name: /Partner Console API/ })).toBeVisible();
        expect.soft(await englishOnPage(page), `English on ${path}`).toEqual([]);
      }
      await context.close();
    });
  }

  test("the sign-in page is French, and so are its second step and its refusal", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.getByRole("heading", { name: "Se connecter" })).toBeVisible();
    await page.getByLabel("Adresse e-mail").fill("personne@contoso-csp.example");
    await page.getByLabel("Mot de passe").fill("pas le bon");
    await page.getByRole("button", { name: "Se connecter" }).click();
    // A wrong password is asked for the second factor too (nothing tells it was wrong before the code is right).
    await expect(page.getByRole("heading", { name: "Vérifiez votre identité" })).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
    await page.getByLabel("Code", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Cela n’a pas fonctionné : le code, ou l’e-mail ou le mot de passe saisi avant, n’est pas correct. Vérifiez le code, ou revenez en arrière pour saisir à nouveau votre mot de passe.",
    );
    expect(await englishOnPage(page)).toEqual([]);
  });

  test("Partner Console's own renewals are named in French: the Activity log and the Order history", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: signedInAs("admin"), locale: "fr-FR" });
    const page = await context.newPage();
    // Tailspin Toys' reservation is renewed at the server's first start (the seed makes it due).
    await page.goto("/activity-log?action=create_order&customer=Tailspin%20Toys");
    const renewals = page.getByRole("row").filter({ hasText: "Renouvellement automatique" });
    await expect(renewals.first()).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Auto-renewal");
    await page.getByRole("row").filter({ hasText: "Tailspin Toys" }).first().getByRole("link").click();
    await page.getByRole("link", { name: "Historique des commandes" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Renouvellement automatique" }).first()).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Auto-renewal");
    await context.close();
  });

  test("money and dates are written the French way, the amounts unchanged", async ({ browser }) => {
    const admin = await (await browser.newContext({ storageState: signedInAs("admin"), locale: "fr-FR" })).newPage();
    await admin.goto("/pricing");
    // "1 234,56 $US": a narrow no-break space between thousands, a decimal comma, the currency after.
    await expect(admin.getByRole("main")).toContainText(/\d,\d{2}\u00a0\$US/);
    await expect(admin.getByRole("main")).not.toContainText(/\$\d/);
    const lynne = await (
      await browser.newContext({ storageState: signedInAs("fourthCoffeeOwner"), locale: "fr-FR" })
    ).newPage();
    await lynne.goto("/portal/reservations");
    // A French medium date: "12 janv. 2027".
    await expect(lynne.getByRole("main")).toContainText(
      /\d{1,2} (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? \d{4}/,
    );
  });
});

test("Élise chose French in her user menu: an English browser shows her French too", async ({ browser }) => {
  const context = await browser.newContext({ storageState: signedInAs("elise"), locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/customers");
  await expect(page.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr-FR");
  await context.close();
});

test("the user menu's language is stored on the user and follows them to another device", async ({ browser }) => {
  const laptop = await (
    await browser.newContext({ storageState: signedInAs("fabrikamAdmin"), locale: "en-US" })
  ).newPage();
  const phone = await (
    await browser.newContext({ storageState: signedInAs("fabrikamAdmin"), locale: "en-US" })
  ).newPage();
  const chooseLanguage = async (name: string | RegExp) => {
    await laptop.locator("[aria-controls=user-menu-panel]").click();
    await laptop.getByRole("radio", { name }).check();
  };
  try {
    await laptop.goto("/customers");
    await expect(laptop.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    await chooseLanguage("Français");
    await expect(laptop.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();

    await phone.goto("/customers");
    await expect(phone.getByRole("heading", { level: 1, name: "Clients" })).toBeVisible();
    await expect(phone.getByRole("link", { name: "Journal d’activité" })).toBeVisible();
  } finally {
    // Back to following the browser, whatever happened above: other tests sign in as this user in English.
    await laptop.goto("/customers");
    await chooseLanguage(/^(Same as my browser|Comme mon navigateur)$/);
  }
  await expect(laptop.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
});
