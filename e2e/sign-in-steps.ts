import fs from "node:fs";
import path from "node:path";
import { demoAuthenticatorKey } from "../lib/auth/demo-password";
import { authenticatorAppSettings, authenticatorCodeAt } from "../lib/mfa/authenticator-app";
import { demoPassword } from "./accounts";
import type { APIResponse } from "@playwright/test";
import { expect, type APIRequestContext, type Page } from "./test";

const stepMs = authenticatorAppSettings.period * 1000;
const claims = path.join("test-results", ".authenticator-codes");

/**
 * A code from the user's authenticator app that no test has used yet. The server takes each time step's code once per
 * user (a code cannot be used twice), so a test signing in again as the same user within 30 seconds gets the next
 * step's code, which the server also accepts (one step either side), or waits for a new step. The claims are files,
 * so that every worker and server under test sees them.
 */
export async function authenticatorCode(email: string, key = demoAuthenticatorKey()): Promise<string> {
  fs.mkdirSync(claims, { recursive: true });
  for (;;) {
    const now = Math.floor(Date.now() / stepMs);
    for (const step of [now, now + 1]) {
      try {
        fs.writeFileSync(path.join(claims, `${email}-${key}-${step}`), "", { flag: "wx" });
        return authenticatorCodeAt(key, new Date(step * stepMs));
      } catch {
        // Claimed already: try the next step.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, (now + 1) * stepMs - Date.now() + 50));
  }
}

/**
 * Signs in through the form, both steps: the password, then the second factor (a code from the demo authenticator key
 * unless one is given). Users without MFA go straight on after the password.
 */
export async function signInWithForm(
  page: Page,
  email: string,
  options: { password?: string; code?: string | null } = {},
): Promise<void> {
  await page.goto("/signin");
  await signInHere(page, email, options);
}

/** Both steps of the sign-in form already open in the page (one with a return address, say), as signInWithForm. */
export async function signInHere(
  page: Page,
  email: string,
  options: { password?: string; code?: string | null } = {},
): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(options.password ?? demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (options.code === null) return;
  await expect(page.getByRole("heading", { name: "Verify your identity" })).toBeVisible();
  await page.getByLabel("Code", { exact: true }).fill(options.code ?? (await authenticatorCode(email)));
  await page.getByRole("button", { name: "Verify", exact: true }).click();
}

/**
 * Signs in over HTTP as next-auth's form posts it, the password and the second factor in one request (a code from the
 * demo authenticator key unless one is given; null for a user without MFA). Answers next-auth's response: 200 with the
 * session cookie in the context, else 401 (or 429 when locked).
 */
export async function signInOverHttp(
  api: APIRequestContext,
  email: string,
  options: { password?: string; code?: string | null; headers?: Record<string, string> } = {},
): Promise<APIResponse> {
  const headers = options.headers ?? {};
  const { csrfToken } = await (await api.get("/api/auth/csrf", { headers })).json();
  const form: Record<string, string> = { csrfToken, email, password: options.password ?? demoPassword, json: "true" };
  if (options.code !== null) form.code = options.code ?? (await authenticatorCode(email));
  return api.post("/api/auth/callback/credentials", {
    form,
    headers: { "X-Auth-Return-Redirect": "1", ...headers },
  });
}

/**
 * Before a sensitive act with a saved sign-in (creating an API key…): the server asks for MFA again once the last one
 * is more than 15 minutes old, which a long run passes. The MFA step goes straight on to the page while it is recent,
 * and otherwise asks for a code, as it would ask a person.
 */
export async function withRecentMfa(page: Page, email: string, path: string): Promise<void> {
  await page.goto(`/signin/mfa?callbackUrl=${encodeURIComponent(path)}`);
  const verify = page.getByRole("heading", { name: "Verify your identity", level: 1 });
  await expect(verify.or(page.getByRole("heading", { level: 1 }))).toBeVisible();
  if (await verify.isVisible()) {
    await page.getByLabel("Code", { exact: true }).fill(await authenticatorCode(email));
    await page.getByRole("button", { name: "Verify", exact: true }).click();
  }
  await expect(page).toHaveURL(new RegExp(`${path}$`));
}
