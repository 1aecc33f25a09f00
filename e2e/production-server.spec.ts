import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "./test";
import { accounts } from "./accounts";
import { signInOverHttp } from "./sign-in-steps";

// The production server itself, started by this file on a database of its own (the build is the one the
// suite's server made): what a crash leaves behind, and which cookies it sets behind a trusted proxy.

const port = Number(process.env.E2E_PORT ?? 3210) + 1;
const baseURL = `http://localhost:${port}`;
const database = path.resolve("data/e2e/production-server/partner-console.sqlite");

function startServer(): ChildProcess {
  const server = spawn(process.execPath, ["server/server.mjs"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: database, TRUSTED_PROXIES: "127.0.0.1,::1" },
    stdio: "ignore",
  });
  return server;
}

async function untilServing() {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const answered = await fetch(`${baseURL}/signin`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The server did not start within a minute.");
}

/**
 * The password and a code from the authenticator app. A code signs a user in once, so the cookie tests sign in other
 * users than the Admin agent's, rather than wait for her app's next code.
 */
function signIn(api: APIRequestContext, headers: Record<string, string> = {}, email: string = accounts.admin.email) {
  return signInOverHttp(api, email, { headers });
}

let server: ChildProcess;

test.describe.serial("the production server", () => {
  test.beforeAll(async () => {
    fs.rmSync(path.dirname(database), { recursive: true, force: true });
    server = startServer();
    await untilServing();
  });
  test.afterAll(() => {
    server.kill("SIGKILL");
  });

  test("killed with SIGKILL while orders are in flight, loses none it acknowledged; retries place each once", async () => {
    test.setTimeout(180_000);
    const api = await playwrightRequest.newContext({ baseURL });
    expect((await signIn(api)).ok()).toBe(true);

    const sqlite = new Database(database, { readonly: true });
    const { tenant_id: customerId, subscription_id: subscriptionId } = sqlite
      .prepare(
        `select c.tenant_id, s.subscription_id from customers c join subscriptions s on s.customer_id = c.id
         where c.company_name = 'Adventure Works Cycles' and s.offer_type = 'azure_plan'`,
      )
      .get() as { tenant_id: string; subscription_id: string };
    sqlite.close();
    const order = {
      billingCycle: "monthly",
      lineItems: [
        {
          offerId: "DZH318Z0BQ5K:0001",
          quantity: 1,
          termDuration: "P3Y",
          provisioningContext: { subscriptionId, scope: "single", region: "westeurope" },
        },
      ],
    };
    const place = (key: string) =>
      api.post(`/api/v1/customers/${customerId}/orders`, { data: order, headers: { "Idempotency-Key": key } });

    // Six clients place orders one after another until the server dies under them.
    const acknowledged = new Map<string, string>();
    const unanswered: string[] = [];
    let killed = false;
    const placeOnce = async (key: string) => {
      try {
        const response = await place(key);
        if (response.status() === 201) acknowledged.set(key, (await response.json()).id);
        else unanswered.push(key);
      } catch {
        unanswered.push(key);
      }
    };
    const client = async () => {
      while (!killed) await placeOnce(crypto.randomUUID());
    };
    const clients = Array.from({ length: 6 }, client);
    await expect.poll(() => acknowledged.size, { timeout: 60_000 }).toBeGreaterThanOrEqual(30);
    // Six more sent just before the kill, 20 ms before: more orders than the server places in that time, so some are
    // surely in flight (the clients alone were once all between two requests at the moment of the kill).
    const lastMoment = Array.from({ length: 6 }, () => placeOnce(crypto.randomUUID()));
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.kill("SIGKILL");
    killed = true;
    await Promise.all([...clients, ...lastMoment]);
    console.log(`Crash test: ${acknowledged.size} orders acknowledged, ${unanswered.length} cut off by the kill.`);
    expect(unanswered.length).toBeGreaterThan(0);

    server = startServer();
    await untilServing();
    const after = new Database(database, { readonly: true });
    expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    for (const orderId of acknowledged.values()) {
      const written = after
        .prepare(
          `select (select count(*) from orders where order_id = ?) as orders,
                  (select count(*) from reservations r join orders o on o.id = r.order_id where o.order_id = ?) as reservations,
                  (select count(*) from activity_entries where operation_type = 'create_order' and json_extract(new_value, '$.id') = ?) as entries`,
        )
        .get(orderId, orderId, orderId);
      expect(written, `order ${orderId}`).toEqual({ orders: 1, reservations: 1, entries: 1 });
    }
    after.close();

    // A client that got no answer sends the same request again: each key places exactly one order.
    const again = await playwrightRequest.newContext({ baseURL });
    expect((await signIn(again)).ok()).toBe(true);
    for (const key of [...unanswered, ...acknowledged.keys()]) {
      const response = await again.post(`/api/v1/customers/${customerId}/orders`, {
        data: order,
        headers: { "Idempotency-Key": key },
      });
      expect(response.status()).toBe(201);
      if (acknowledged.has(key)) expect((await response.json()).id).toBe(acknowledged.get(key));
    }
    const counted = new Database(database, { readonly: true });
    const { keys, orders } = counted
      .prepare("select count(distinct k.key) as keys, count(distinct k.order_id) as orders from idempotency_keys k")
      .get() as { keys: number; orders: number };
    counted.close();
    expect({ keys, orders }).toEqual({
      keys: unanswered.length + acknowledged.size,
      orders: unanswered.length + acknowledged.size,
    });
  });

  test("marks the session cookie Secure over HTTPS from a declared trusted proxy, and not otherwise", async () => {
    const behindProxy = await playwrightRequest.newContext({ baseURL });
    const overHttps = await signIn(behindProxy, { "X-Forwarded-Proto": "https" });
    const secureCookie = overHttps
      .headersArray()
      .find((h) => /session-token=/.test(h.value) && h.name === "set-cookie");
    expect(secureCookie?.value).toMatch(/^__Secure-next-auth\.session-token=.*; Secure/);
    const page = await behindProxy.get("/signin", { headers: { "X-Forwarded-Proto": "https" } });
    expect(page.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");

    const direct = await playwrightRequest.newContext({ baseURL });
    const overHttp = await signIn(direct, {}, accounts.sales.email);
    const plainCookie = overHttp.headersArray().find((h) => /session-token=/.test(h.value) && h.name === "set-cookie");
    expect(plainCookie?.value).toMatch(/^next-auth\.session-token=/);
    expect(plainCookie?.value).not.toMatch(/Secure/);
    expect((await direct.get("/signin")).headers()["strict-transport-security"]).toBeUndefined();
  });

  test("does not believe X-Forwarded-Proto from a client that is not a declared proxy", async () => {
    // The suite's own server trusts no proxy.
    const suiteServer = await playwrightRequest.newContext({
      baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3210)}`,
    });
    const response = await signIn(
      suiteServer,
      { "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7" },
      accounts.helpdesk.email,
    );
    const cookie = response.headersArray().find((h) => /session-token=/.test(h.value) && h.name === "set-cookie");
    expect(cookie?.value).toMatch(/^next-auth\.session-token=/);
    expect(cookie?.value).not.toMatch(/Secure/);
  });
});
