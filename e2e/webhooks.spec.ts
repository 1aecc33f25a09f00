import type { Browser } from "@playwright/test";
import { expect, test, type APIRequestContext, type Page } from "./test";
import { accounts } from "./accounts";
import {
  dropDatabase,
  freshDatabase,
  killServer,
  ownDatabase,
  ownPort,
  startServer,
  untilHealthy,
  type OwnServer,
} from "./own-servers";
import { openCustomerAccount, purchaseSwitch } from "./pages";
import { signInWithForm } from "./sign-in-steps";
import { WebhookReceiver } from "./webhook-receiver";

// Webhooks, end to end: servers of this file's own on one fresh database (so the events its changes make never mix
// with other specs'), a receiver on this machine that verifies every signature with the Standard Webhooks library,
// and servers that may be killed and restarted. WEBHOOKS_ALLOW_LOCAL lets them post to http://localhost; the worker
// looks for events every 200 ms instead of every second, to keep the waits short.

const database = ownDatabase("webhooks");
const env = { WEBHOOKS_ALLOW_LOCAL: "1", WEBHOOK_POLL_MS: "200" };
const a: OwnServer = { name: "A", baseURL: `http://localhost:${ownPort(10)}`, database, env, output: [] };
const b: OwnServer = { name: "B", baseURL: `http://localhost:${ownPort(11)}`, database, env, output: [] };
const receiver = new WebhookReceiver();

type Delivery = { webhookId: string; eventName: string; status: string; attempts: unknown[]; lastError: string | null };

async function signedIn(browser: Browser, server: OwnServer): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signInWithForm(page, accounts.admin.email);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  return page;
}

/** The newest events of the delivery log, through the API. */
async function deliveries(api: APIRequestContext): Promise<Delivery[]> {
  const response = await api.get("/api/v1/webhooks/registration/deliveries");
  expect(response.status()).toBe(200);
  return (await response.json()).items;
}

/** Flips the Azure reservations switch of a customer, on its Account page, and waits for the saved state. */
async function flip(page: Page, companyName: string) {
  if (!page.url().endsWith("/account")) await openCustomerAccount(page, companyName);
  const wasOn = (await purchaseSwitch(page).getAttribute("aria-checked")) === "true";
  await purchaseSwitch(page).click();
  await expect(purchaseSwitch(page)).toHaveAttribute("aria-checked", String(!wasOn));
}

/** How many times the receiver got each of these webhook-ids. */
const timesReceived = (ids: string[]) => ids.map((id) => receiver.received.filter((event) => event.id === id).length);

test.describe.serial("webhooks", () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(200_000);
    await freshDatabase(database);
    startServer(a);
    await untilHealthy(a);
    await receiver.start();
    page = await signedIn(browser, a);
  });

  test.afterAll(async () => {
    await receiver.stop();
    await Promise.all([a, b].map(killServer));
    await dropDatabase(database);
  });

  test("an Admin agent registers a receiver in Settings; a permission turned on arrives signed, in seconds", async () => {
    await page.goto("/settings");
    await page.getByRole("link", { name: "Manage webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    const form = page.getByRole("form", { name: "Register a webhook" });
    await form.getByRole("textbox", { name: "Webhook URL" }).fill(receiver.url);
    await form.getByRole("checkbox", { name: "Select all events" }).check();
    await form.getByRole("button", { name: "Register" }).click();
    const secret = page.getByRole("textbox", { name: "Signing secret" });
    await expect(secret).toHaveValue(/^whsec_/);
    receiver.secret = await secret.inputValue();

    await flip(page, "Adventure Works Cycles");
    await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBe(1);
    const [event] = receiver.received;
    expect(event.verified).toBe(true);
    expect(event.payload).toMatchObject({
      EventName: "customer-purchase-permission-created",
      ResourceName: "customer-purchase-permission",
      ResourceUri: expect.stringContaining("/api/v1/SelfServePolicy?entity_id="),
      AuditUri: expect.stringMatching(/\/api\/v1\/auditrecords\/\d+$/),
    });
    // The AuditUri reads the change's audit record.
    const audit = await page.request.get(new URL(event.payload.AuditUri).pathname);
    expect(await audit.json()).toMatchObject({ operationType: "create_self_serve_policy" });

    await page.goto("/settings/webhooks");
    const log = page.getByRole("region", { name: "Delivery log" });
    await expect(log.getByRole("row", { name: new RegExp(`${event.id}.*Delivered`) })).toBeVisible();
  });

  test("a receiver that was down gets the three changes made meanwhile once it is back", async () => {
    await receiver.stop();
    for (let i = 0; i < 3; i++) await flip(page, "Adventure Works Cycles");
    const made = (await deliveries(page.request)).slice(0, 3);
    // Newest first: turned off, on, and off again.
    expect(made.map((delivery) => delivery.eventName)).toEqual([
      "customer-purchase-permission-deleted",
      "customer-purchase-permission-created",
      "customer-purchase-permission-deleted",
    ]);
    // Each is tried, fails (nothing listens), and waits for its retry.
    await expect
      .poll(async () => (await deliveries(page.request)).slice(0, 3).every((d) => d.attempts.length > 0 && d.lastError))
      .toBe(true);

    await receiver.start();
    const ids = made.map((delivery) => delivery.webhookId);
    await expect.poll(() => timesReceived(ids), { timeout: 60_000, intervals: [500] }).toEqual([1, 1, 1]);
    expect(receiver.received.every((event) => event.verified)).toBe(true);
  });

  test("events waiting when the server is killed (SIGKILL) arrive after a restart, with their webhook-ids", async () => {
    await receiver.stop();
    await flip(page, "Adventure Works Cycles");
    await flip(page, "Adventure Works Cycles");
    const waiting = (await deliveries(page.request)).slice(0, 2);
    expect(waiting.map((delivery) => delivery.status)).toEqual(["pending", "pending"]);
    await killServer(a);

    await receiver.start();
    startServer(a);
    await untilHealthy(a);
    const ids = waiting.map((delivery) => delivery.webhookId);
    await expect
      .poll(() => timesReceived(ids).every((times) => times >= 1), { timeout: 60_000, intervals: [500] })
      .toBe(true);
  });

  test("two server processes share the deliveries: each event arrives once", async () => {
    startServer(b);
    await untilHealthy(b);
    await page.goto("/settings");
    for (let i = 0; i < 10; i++) await flip(page, "Adventure Works Cycles");
    const made = (await deliveries(page.request)).slice(0, 10).map((delivery) => delivery.webhookId);
    await expect.poll(() => timesReceived(made), { timeout: 30_000, intervals: [500] }).toEqual(made.map(() => 1));
    // A moment later still once each: no second process sent any of them again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(timesReceived(made)).toEqual(made.map(() => 1));
  });

  test("a receiver at a private address is refused on every attempt, and nothing is sent there", async () => {
    const current = await page.request.get("/api/v1/webhooks/registration");
    const registration = await current.json();
    const moved = await page.request.put("/api/v1/webhooks/registration", {
      headers: { "If-Match": current.headers().etag },
      data: {
        webhookUrl: "https://10.20.30.40/partner-console-events",
        webhookEvents: registration.webhookEvents,
        enabled: true,
      },
    });
    expect(moved.status()).toBe(200);
    const before = receiver.received.length;
    await flip(page, "Adventure Works Cycles");
    await expect
      .poll(async () => (await deliveries(page.request))[0].lastError, { timeout: 10_000 })
      .toBe("refused: private");
    expect(receiver.received).toHaveLength(before);
  });
});
