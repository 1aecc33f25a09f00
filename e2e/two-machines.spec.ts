import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { engineOf } from "../db/engine";
import { apiKeyRateLimit } from "../lib/api-keys/rate-limit";
import { signInLimits } from "../lib/auth/sign-in-throttle";
import { expect, request, test, type Page } from "./test";
import { accounts, demoPassword } from "./accounts";
import { signInWithForm } from "./sign-in-steps";

// Two machines, simulated: two production servers, each on its own port and in its own working directory (where a
// machine keeps its own files), on one PostgreSQL database, behind no load balancer but the tests themselves, which
// send each request to the machine they choose. Whatever one machine knows, the other must know too: sessions,
// sign-out, lockouts, rate limits and renewals all live in the database (README, "Running on PostgreSQL").

const suiteDatabase = process.env.E2E_DATABASE_URL ?? "";
const firstPort = Number(process.env.E2E_PORT ?? 3210) + 2;
// The app's folder, which Playwright runs in: the machines run its build and its scripts.
const app = path.resolve(".");

type Machine = { name: string; baseURL: string; dir: string; server?: ChildProcess; output: string[] };

const machines: Machine[] = ["A", "B"].map((name, i) => ({
  name,
  baseURL: `http://localhost:${firstPort + i}`,
  dir: "",
  output: [],
}));
const [a, b] = machines;

// A database of this file's own on the suite's PostgreSQL server, remade empty: the machines migrate and seed it.
const sharedDatabaseName = "e2e_two_machines";

/** The URL of a database on the suite's PostgreSQL server. */
function databaseUrl(name: string): string {
  const url = new URL(suiteDatabase);
  url.pathname = `/${name}`;
  return url.toString();
}

async function inDatabase<T>(name: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
const sharedDatabase = <T>(work: (client: pg.Client) => Promise<T>) => inDatabase(sharedDatabaseName, work);
const onServer = <T>(work: (client: pg.Client) => Promise<T>) => inDatabase("postgres", work);

// Every machine is given the same session secret, as the README asks.
const sessionSecret = randomBytes(32).toString("base64url");

function startMachine(machine: Machine): void {
  machine.dir = fs.mkdtempSync(path.join(os.tmpdir(), `partner-console-machine-${machine.name}-`));
  machine.server = spawn(process.execPath, [path.join(app, "server", "server.mjs")], {
    cwd: machine.dir,
    env: {
      ...process.env,
      PORT: new URL(machine.baseURL).port,
      DATABASE_URL: databaseUrl(sharedDatabaseName),
      NEXTAUTH_SECRET: sessionSecret,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [machine.server.stdout!, machine.server.stderr!]) {
    stream.on("data", (chunk: Buffer) => machine.output.push(chunk.toString()));
  }
}

/** Until the machine's health check says the database is up and has every migration, as a load balancer waits. */
async function untilHealthy(machine: Machine): Promise<void> {
  for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
    const healthy = await fetch(`${machine.baseURL}/api/health`).then(
      async (response) => response.ok && (await response.json()).migrations === "current",
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Machine ${machine.name} was not healthy within 90 s:\n${machine.output.join("")}`);
}

async function signInToCustomers(page: Page, email: string) {
  await signInWithForm(page, email);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
}

/** One sign-in attempt as next-auth's form makes it, sent to one machine: answers the HTTP status. */
async function attemptSignIn(machine: Machine, email: string, password: string): Promise<number> {
  const api = await request.newContext({ baseURL: machine.baseURL });
  try {
    const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      headers: { "X-Auth-Return-Redirect": "1" },
    });
    return response.status();
  } finally {
    await api.dispose();
  }
}

/** `npm run jobs` (package.json: tsx scripts/jobs.ts) on one machine: in its working directory, on the shared database. */
function runJobs(machine: Machine): Promise<{ code: number | null; output: string }> {
  // npm would run the script in the folder holding package.json; tsx is started directly so that each machine runs
  // it from its own working directory, told where the app's tsconfig (its "@/" imports) is.
  const jobs = spawn(
    path.join(app, "node_modules", ".bin", "tsx"),
    ["--tsconfig", path.join(app, "tsconfig.json"), path.join(app, "scripts", "jobs.ts")],
    { cwd: machine.dir, env: { ...process.env, DATABASE_URL: databaseUrl(sharedDatabaseName) } },
  );
  let output = "";
  for (const stream of [jobs.stdout, jobs.stderr]) stream.on("data", (chunk: Buffer) => (output += chunk));
  return new Promise((resolve) => jobs.on("close", (code) => resolve({ code, output })));
}

// Shared by the sign-in and sign-out tests: Adele's browser on machine A, and her cookie sent to machine B.
let pageOnA: Page;
let pageOnB: Page;

test.describe.serial("two machines on one PostgreSQL database", () => {
  test.skip(
    engineOf(suiteDatabase) !== "postgres",
    "Machines share a database only on PostgreSQL: run the suite with E2E_DATABASE_URL=postgres://…/e2e…",
  );

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    await onServer(async (client) => {
      await client.query(`drop database if exists "${sharedDatabaseName}" with (force)`);
      await client.query(`create database "${sharedDatabaseName}"`);
    });
    // Both start at once on the empty database: each migrates and seeds it on start.
    machines.forEach(startMachine);
    await Promise.all(machines.map(untilHealthy));
  });

  test.afterAll(async () => {
    for (const machine of machines) {
      machine.server?.kill("SIGKILL");
      if (machine.dir) fs.rmSync(machine.dir, { recursive: true, force: true });
    }
    await onServer((client) => client.query(`drop database if exists "${sharedDatabaseName}" with (force)`));
  });

  test("started together on an empty database, they migrate it, seed it once, and renew the seeded due reservation once", async () => {
    const migrationFiles = JSON.parse(
      fs.readFileSync(path.join(app, "db", "postgres", "migrations", "meta", "_journal.json"), "utf8"),
    ).entries.length;
    await sharedDatabase(async (client) => {
      const migrations = await client.query("select count(*)::int as count from drizzle.__drizzle_migrations");
      expect(migrations.rows[0].count).toBe(migrationFiles);
      const partners = await client.query(
        "select name, count(*)::int as count from partners group by name order by name",
      );
      expect(partners.rows).toEqual([
        { name: "Contoso CSP", count: 1 },
        { name: "Fabrikam Partners", count: 1 },
      ]);
      const admins = await client.query("select count(*)::int as count from partner_users where email = $1", [
        accounts.admin.email,
      ]);
      expect(admins.rows[0].count).toBe(1);
    });
    // Each server runs the renewal job when it starts; Tailspin's reservation, seeded past its end, renews once.
    const renewals = () =>
      sharedDatabase(async (client) => {
        const { rows } = await client.query(
          "select count(*)::int as count from reservations where renewal_of_reservation_id is not null",
        );
        return rows[0].count;
      });
    await expect.poll(renewals).toBe(1);
  });

  test("a session signed in on A is valid on B", async ({ browser }) => {
    const onA = await browser.newContext({ baseURL: a.baseURL });
    pageOnA = await onA.newPage();
    await signInToCustomers(pageOnA, accounts.admin.email);

    // A load balancer sends the browser's next request, cookie and all, to the other machine.
    const onB = await browser.newContext({ baseURL: b.baseURL });
    await onB.addCookies(await onA.cookies());
    pageOnB = await onB.newPage();
    await pageOnB.goto("/customers");
    await expect(pageOnB.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
    await expect(pageOnB.getByRole("button", { name: new RegExp(accounts.admin.name) })).toBeVisible();
  });

  test("signing out on A ends the session on B too", async () => {
    await pageOnA.getByRole("button", { name: new RegExp(accounts.admin.name) }).click();
    await pageOnA.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(pageOnA).toHaveURL(/\/signin/);

    // B still holds the cookie A's sign-out was for: it signs no one in there either.
    await pageOnB.goto("/customers");
    await expect(pageOnB).toHaveURL(/\/signin/);
    expect((await pageOnB.request.get("/api/v1/SelfServePolicy?entity_id=x")).status()).toBe(401);
    await Promise.all([pageOnA.context().close(), pageOnB.context().close()]);
  });

  test(`wrong passwords sent to A and B in turn lock the account after ${signInLimits.accountFailures}, as on one machine`, async () => {
    // Lee Gu signs in in no other test of this file; the database is this file's own, dropped at the end.
    const email = accounts.sales.email;
    const machineFor = (attempt: number) => (attempt % 2 === 1 ? a : b);
    for (let attempt = 1; attempt < signInLimits.accountFailures; attempt++) {
      const status = await attemptSignIn(machineFor(attempt), email, `not-the-password-${attempt}`);
      expect(status, `attempt ${attempt}, on ${machineFor(attempt).name}`).toBe(401);
    }
    const last = signInLimits.accountFailures;
    expect(await attemptSignIn(machineFor(last), email, `not-the-password-${last}`)).toBe(429);
    // Locked on both machines, even against the right password.
    expect(await attemptSignIn(a, email, demoPassword)).toBe(429);
    expect(await attemptSignIn(b, email, demoPassword)).toBe(429);
  });

  test(`an API key's ${apiKeyRateLimit.requests} requests a minute are counted across A and B together`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const page = await (await browser.newContext({ baseURL: b.baseURL })).newPage();
    await signInToCustomers(page, accounts.admin.email);
    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Create API key" });
    await form.getByRole("textbox", { name: "Name" }).fill("two-machines");
    await form.getByRole("combobox", { name: "Access" }).selectOption({ label: "Read-only" });
    await form.getByRole("button", { name: "Create API key" }).click();
    await expect(form.getByRole("status")).toContainText("API key two-machines created. Copy it now");
    const key = (await form.getByLabel("New API key").textContent())!;
    await page.context().close();

    const listCustomers = (machine: Machine) =>
      fetch(`${machine.baseURL}/api/v1/customers?size=1`, { headers: { Authorization: `Bearer ${key}` } });
    // Half the minute's allowance from each machine, both at once.
    const half = apiKeyRateLimit.requests / 2;
    const statuses = await Promise.all(
      [a, b].map(async (machine) => {
        const answered: number[] = [];
        for (let i = 0; i < half; i++) answered.push((await listCustomers(machine)).status);
        return answered;
      }),
    );
    expect(statuses.flat().filter((status) => status !== 200)).toEqual([]);

    // The allowance is spent, on every machine: each says so, and when to come back.
    for (const machine of [a, b]) {
      const refused = await listCustomers(machine);
      expect(refused.status, `on ${machine.name}`).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  test("`npm run jobs` run on A and B at once renews each due reservation once", async () => {
    test.setTimeout(90_000);
    // Every active reservation not renewed yet, on a billing subscription that can still be billed, reaches its end,
    // and so do copies of them: enough for the two runs to be at work at the same moment.
    const due = await sharedDatabase(async (client) => {
      const billable = `r.status = 'active'
        and not exists (select 1 from reservations n where n.renewal_of_reservation_id = r.id)
        and exists (select 1 from subscriptions s where s.id = r.billing_subscription_id
                    and s.status = 'active' and s.offer_type in ('azure_plan', 'azure_global'))`;
      await client.query(
        `insert into reservations (reservation_id, customer_id, order_id, display_name, catalog_item_id, product_name,
           region, quantity, term, billing_plan, billing_subscription_id, scope, resource_group, scope_subscription_id,
           created_at, expires_at)
         select gen_random_uuid()::text, customer_id, order_id, display_name || '_' || copy, catalog_item_id,
           product_name, region, quantity, term, billing_plan, billing_subscription_id, scope, resource_group,
           scope_subscription_id, created_at, expires_at
         from reservations r, generate_series(1, 40) as copy where ${billable}`,
      );
      const { rows } = await client.query<{ id: number }>(
        `update reservations r set auto_renew = true, expires_at = now() - interval '1 hour' where ${billable}
         returning r.id`,
      );
      return rows.map((row) => row.id);
    });
    expect(due.length).toBeGreaterThan(100);

    const runs = await Promise.all([a, b].map(runJobs));
    const renewed = runs.map((run) => {
      expect(run.code, run.output).toBe(0);
      return Number(/Reservation renewals: (\d+) renewed/.exec(run.output)![1]);
    });
    console.log(`Renewal job on two machines: ${renewed.join(" + ")} of ${due.length} due reservations renewed.`);
    expect(renewed[0] + renewed[1]).toBe(due.length);

    // Each one renewed once: one renewal, bought by one auto-renewal order, recorded by one activity entry.
    const renewals = await sharedDatabase(async (client) => {
      const { rows } = await client.query(
        `select r.reservation_id,
           (select count(*)::int from reservations n where n.renewal_of_reservation_id = r.id) as renewals,
           (select count(*)::int from orders o join reservations n on n.order_id = o.id
             where n.renewal_of_reservation_id = r.id and o.channel = 'auto_renewal') as orders,
           (select count(*)::int from activity_entries e where e.operation_type = 'create_order'
             and e.new_value::jsonb ->> 'renewalOf' = r.reservation_id) as entries
         from reservations r where r.id = any($1)`,
        [due],
      );
      return rows;
    });
    expect(renewals).toHaveLength(due.length);
    expect(renewals.filter((r) => r.renewals !== 1 || r.orders !== 1 || r.entries !== 1)).toEqual([]);
  });
});
