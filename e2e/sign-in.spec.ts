import { expect, test, type Page } from "./test";
import { accounts } from "./accounts";
import { signInHere, signInWithForm } from "./sign-in-steps";

test.describe("signed out", () => {
  test("a visit to any page goes to sign-in, and back there after signing in", async ({ page }) => {
    await page.goto("/activity-log?action=create_self_serve_policy");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

    await signInHere(page, accounts.admin.email);

    await expect(page.getByRole("heading", { name: "Activity log" })).toBeVisible();
    await expect(page).toHaveURL(/\/activity-log\?action=create_self_serve_policy/);
  });

  test("a wrong password is refused with a message once the second step is done, so it never tells which was wrong", async ({
    page,
  }) => {
    // The right code from her app: only the password is wrong.
    await signInWithForm(page, accounts.admin.email, { password: "not-the-password" });

    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "That didn’t work: the code, or the email or password before it, isn’t right. Check the code, or go back and enter your password again.",
    );
    await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("the user menu", () => {
  test("shows the user's name and role, and signs out", async ({ page }) => {
    // A sign-in of its own: signing out ends the session, and the saved ones are shared by other tests.
    await signIn(page, accounts.sales.email);
    await page.getByRole("button", { name: new RegExp(accounts.sales.name) }).click();
    await expect(page.getByText(`Role: ${accounts.sales.role}`)).toBeVisible();

    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/customers");
    await expect(page).toHaveURL(/\/signin/);
  });
});

async function signIn(page: Page, email: string) {
  await signInWithForm(page, email);
  await expect(page).not.toHaveURL(/\/signin/);
}

test.describe("sessions end when they should", () => {
  test("a session cookie copied elsewhere stops working once its owner signs out", async ({ browser }) => {
    const owner = await (await browser.newContext()).newPage();
    await signIn(owner, accounts.helpdesk.email);
    const copied = await browser.newContext();
    await copied.addCookies(await owner.context().cookies());
    const thief = await copied.newPage();
    await thief.goto("/customers");
    await expect(thief.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();

    await owner.getByRole("button", { name: new RegExp(accounts.helpdesk.name) }).click();
    await owner.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(owner).toHaveURL(/\/signin/);

    await thief.goto("/customers");
    await expect(thief).toHaveURL(/\/signin/);
    expect((await thief.request.get("/api/v1/SelfServePolicy?entity_id=x")).status()).toBe(401);
  });

  test("Sign out everywhere ends the user's sessions in every browser", async ({ browser }) => {
    // A code signs in once: the same user's third sign-in in a minute may wait for the app's next code.
    test.setTimeout(75_000);
    const [laptop, phone] = await Promise.all([browser.newContext(), browser.newContext()]).then((contexts) =>
      Promise.all(contexts.map((context) => context.newPage())),
    );
    await signIn(laptop, accounts.helpdesk.email);
    await signIn(phone, accounts.helpdesk.email);

    await laptop.getByRole("button", { name: new RegExp(accounts.helpdesk.name) }).click();
    await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(laptop).toHaveURL(/\/signin/);

    await phone.goto("/customers");
    await expect(phone).toHaveURL(/\/signin/);
  });
});
