import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./test";

// Sign in with Microsoft, through a real OpenID provider standing in for Entra ID (testing/oidc-provider.mjs): this
// file starts it, and the production server with ENTRA_* pointing at it, on a database of its own (the build is the
// one the suite's server made).

const appPort = Number(process.env.E2E_PORT ?? 3210) + 6;
const providerPort = Number(process.env.E2E_PORT ?? 3210) + 7;
const baseURL = `http://localhost:${appPort}`;
const issuer = `http://localhost:${providerPort}`;
const database = path.resolve("data/e2e/entra-sign-in/partner-console.sqlite");
const client = { id: "partner-console", secret: randomBytes(24).toString("base64url") };

type Started = { process: ChildProcess; output: string[] };

function start(script: string, env: Record<string, string>): Started {
  const started = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  for (const stream of [started.stdout!, started.stderr!])
    stream.on("data", (chunk: Buffer) => output.push(`${chunk}`));
  return { process: started, output };
}

async function untilAnswering(url: string, started: Started) {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within a minute:\n${started.output.join("")}`);
}

let provider: Started;
let app: Started;

/** From the sign-in page, through the provider's account picker, back to Partner Console. */
async function signInWithMicrosoft(page: Page, login: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await page.getByRole("button", { name: login }).click();
}

// Each case signs in a browser of its own: they share only the two servers.
test.describe("Sign in with Microsoft", () => {
  test.use({ baseURL });

  test.beforeAll(async () => {
    fs.rmSync(path.dirname(database), { recursive: true, force: true });
    provider = start("testing/oidc-provider.mjs", {
      PORT: String(providerPort),
      CLIENT_ID: client.id,
      CLIENT_SECRET: client.secret,
      REDIRECT_URI: `${baseURL}/api/auth/callback/entra`,
    });
    app = start("server/server.mjs", {
      PORT: String(appPort),
      DATABASE_URL: database,
      ENTRA_ISSUER: issuer,
      ENTRA_CLIENT_ID: client.id,
      ENTRA_CLIENT_SECRET: client.secret,
    });
    await untilAnswering(`${issuer}/.well-known/openid-configuration`, provider);
    await untilAnswering(`${baseURL}/signin`, app);
  });
  test.afterAll(() => {
    app?.process.kill("SIGKILL");
    provider?.process.kill("SIGKILL");
  });

  test("with MFA in the token's amr, lands on Customers: Entra's MFA is not asked for again", async ({ page }) => {
    await signInWithMicrosoft(page, "admin@contoso-csp.example");

    await expect(page).toHaveURL(`${baseURL}/customers`);
    await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  });

  test("without MFA in the token's amr, lands on Partner Console's own MFA step", async ({ page }) => {
    await signInWithMicrosoft(page, "sales@contoso-csp.example");

    await expect(page).toHaveURL(new RegExp(`^${baseURL}/signin/mfa`));
    await expect(page.getByRole("heading", { name: "Verify your identity", level: 1 })).toBeVisible();
  });

  for (const [who, login] of [
    ["someone in the partner's tenant who is no user of it", "megan@contoso-csp.example"],
    ["someone from another tenant", "alan@litware.example"],
  ]) {
    test(`${who} is refused: back on sign-in with why, and no session`, async ({ page }) => {
      await signInWithMicrosoft(page, login);

      await expect(page).toHaveURL(`${baseURL}/signin?error=EntraRefused`);
      await expect(page.getByRole("alert").filter({ hasText: "Microsoft" })).toHaveText(
        "Your Microsoft account isn't a Partner Console user of your organization. Ask an Admin agent to add you with your work email address, then sign in again.",
      );
      await page.goto("/customers");
      await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fcustomers$/);
    });
  }
});
