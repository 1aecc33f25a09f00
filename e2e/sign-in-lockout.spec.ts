import { expect, test } from "./test";
import { demoPassword, signedInAs } from "./accounts";

// Sign-in resists guessing: after 10 failed attempts the account is locked for a minute, even against the right
// password, and the partner's Admin agents see the lockout in the Activity log. Johanna signs in in no other test.

const johanna = "johanna@adventureworkscycles.onmicrosoft.com";

test("10 wrong passwords lock the account: the right one is then refused with 429 and when to try again", async ({
  page,
  browser,
}) => {
  await page.goto("/signin");
  const answers: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/auth/callback/credentials")) answers.push(response.status());
  });
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(johanna);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };

  // A wrong password is answered with the second step, as a right one of a user with MFA would be: nothing tells
  // whether it was right. Back on the first step, the next guess.
  const secondStep = page.getByRole("heading", { name: "Verify your identity" });
  for (let i = 1; i <= 9; i++) {
    await attempt(`not-the-password-${i}`);
    await expect(secondStep).toBeVisible();
    await expect.poll(() => answers.length).toBe(i);
    await page.getByRole("button", { name: "Back" }).click();
  }
  await attempt("not-the-password-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts.");

  await attempt(demoPassword);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    /Too many failed sign-in attempts\. Try again after .+ \(in about 1 minute\)\./,
  );
  await expect(page).toHaveURL(/\/signin/);
  await expect.poll(() => answers.length).toBe(11);
  expect(answers.slice(0, 9)).toEqual(Array(9).fill(401));
  expect(answers.slice(9)).toEqual([429, 429]);

  const admin = await (await browser.newContext({ storageState: signedInAs("admin") })).newPage();
  await admin.goto("/activity-log");
  await admin.getByRole("combobox", { name: "Action" }).selectOption({ label: "Sign-in Lockout" });
  await admin.getByRole("button", { name: "Apply filters" }).click();
  const lockout = admin.getByRole("row").filter({ hasText: "Sign-in Lockout" });
  await expect(lockout).toHaveCount(1);
  await expect(lockout).toContainText("Adventure Works Cycles");
  await expect(lockout).toContainText(johanna);
});

test("the lockout answer carries Retry-After", async ({ request }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: johanna, password: demoPassword, json: "true" },
    headers: { "X-Auth-Return-Redirect": "1" },
  });
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
});
