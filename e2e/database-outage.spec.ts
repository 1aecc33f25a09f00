import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "./test";
import { accounts } from "./accounts";
import { signInOverHttp } from "./sign-in-steps";

// PostgreSQL stopped and started again under load, three times, under a production server of its own (on a cluster of
// its own, so the suite's server is not disturbed): while it is down every page answers 503 with a plain page and the
// API 503 in its one error shape, never Next.js's 500 or a stack trace; when it is back, requests succeed without
// restarting the server; and no connection leaks (a pool of 3, which three leaked connections would exhaust).

const onPostgres = /^postgres(ql)?:\/\//i.test(process.env.E2E_DATABASE_URL ?? "");
const port = Number(process.env.E2E_PORT ?? 3210) + 5;
const baseURL = `http://localhost:${port}`;
const poolSize = 3;

const cluster = (...args: string[]) => execFileSync("bash", ["scripts/throwaway-postgres.sh", ...args]).toString();

type Sample = { path: string; status: number; phase: Phase; body: string; retryAfter?: string };
type Phase = "up" | "down" | "coming back";

test.describe.serial("when PostgreSQL stops", () => {
  test.skip(!onPostgres, "PostgreSQL only: the suite runs on SQLite");

  let clusterDir: string;
  let databaseUrl: string;
  let server: ChildProcess;
  let api: APIRequestContext;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const exports = cluster("start");
    clusterDir = exports.match(/PARTNER_CONSOLE_PG_DIR=(\S+)/)![1];
    databaseUrl = exports.match(/DATABASE_URL=(\S+)/)![1].replace(/\/postgres$/, "/outage");
    const admin = new pg.Client({ connectionString: exports.match(/DATABASE_URL=(\S+)/)![1] });
    await admin.connect();
    await admin.query("create database outage");
    await admin.end();
    server = spawn(process.execPath, ["server/server.mjs"], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(poolSize) },
      stdio: "ignore",
    });
    await expect
      .poll(
        () =>
          fetch(`${baseURL}/signin`).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 90_000 },
      )
      .toBe(200);
    api = await playwrightRequest.newContext({ baseURL });
    const signedIn = await signInOverHttp(api, accounts.admin.email);
    expect(signedIn.ok()).toBe(true);
  });

  test.afterAll(async () => {
    server?.kill("SIGKILL");
    if (clusterDir) cluster("stop", clusterDir);
  });

  test("pages and the API answer 503 while it is down, and succeed again once it is back, three times over", async () => {
    test.setTimeout(240_000);
    const samples: Sample[] = [];
    let phase: Phase = "up";
    let loading = true;
    const paths = ["/customers", "/activity-log", "/api/v1/customers", "/api/health"];
    const client = async (offset: number) => {
      for (let i = offset; loading; i++) {
        const path = paths[i % paths.length];
        const asked = phase;
        const response = await api.get(path, { maxRedirects: 0, failOnStatusCode: false });
        samples.push({
          path,
          status: response.status(),
          phase: asked === phase ? asked : "coming back",
          body: await response.text(),
          retryAfter: response.headers()["retry-after"],
        });
      }
    };
    const clients = Array.from({ length: 6 }, (_, i) => client(i));
    const untilAnswered = async (status: number) => {
      const from = samples.length;
      await expect.poll(() => samples.slice(from).some((s) => s.status === status), { timeout: 60_000 }).toBe(true);
    };

    for (let round = 1; round <= 3; round++) {
      await untilAnswered(200);
      cluster("down", clusterDir);
      phase = "down";
      await untilAnswered(503);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      phase = "coming back";
      cluster("up", clusterDir);
      await untilAnswered(200);
      phase = "up";
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    loading = false;
    await Promise.all(clients);

    console.log(
      `Outage test: ${samples.length} requests; ` +
        ["up", "down", "coming back"]
          .map((p) => {
            const counts = new Map<number, number>();
            for (const s of samples) if (s.phase === p) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
            return `${p}: ${[...counts].map(([status, n]) => `${n}× ${status}`).join(", ")}`;
          })
          .join("; "),
    );
    for (const sample of samples) {
      // Never Next.js's 500, and nothing of the error itself.
      expect([200, 503], `${sample.path} while ${sample.phase}`).toContain(sample.status);
      expect(sample.body).not.toMatch(/\n\s+at |ECONNREFUSED|terminat|57P0/);
    }
    const down = samples.filter((s) => s.phase === "down");
    expect(down.length).toBeGreaterThan(20);
    for (const sample of down) {
      expect(sample.status, `${sample.path} while down`).toBe(503);
      expect(sample.retryAfter).toBe("5");
      if (sample.path === "/api/health") {
        expect(JSON.parse(sample.body)).toEqual({ status: "unavailable", database: "down", migrations: "unknown" });
      } else if (sample.path.startsWith("/api/")) {
        expect(JSON.parse(sample.body)).toMatchObject({ ok: false, error: "database_unavailable" });
      } else {
        expect(sample.body).toContain("<h1>Partner Console can't reach its database</h1>");
      }
    }
    // Once it answered again, it kept answering.
    expect(samples.filter((s) => s.phase === "up" && s.status !== 200)).toEqual([]);

    // No connection leaked: the app's connections are no more than its pool, all idle now, and more requests at
    // once than the pool holds all succeed.
    const database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
    const connections = await database.query<{ state: string }>(
      "select state from pg_stat_activity where application_name = 'partner-console' and datname = 'outage'",
    );
    await database.end();
    expect(connections.rows.length).toBeLessThanOrEqual(poolSize);
    expect(connections.rows.every((row) => row.state === "idle")).toBe(true);
    const burst = await Promise.all(Array.from({ length: 20 }, () => api.get("/api/v1/customers")));
    expect(burst.map((response) => response.status())).toEqual(Array(20).fill(200));
  });

  test("a person sees a plain page that says so, and gets back to work with Try again", async ({ browser }) => {
    const context = await browser.newContext({ storageState: await api.storageState() });
    const page = await context.newPage();
    await page.goto(`${baseURL}/customers`);
    await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible();

    cluster("down", clusterDir);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Partner Console can't reach its database" })).toBeVisible();

    cluster("up", clusterDir);
    await expect(async () => {
      await page.getByRole("link", { name: "Try again" }).click();
      await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await context.close();
  });
});
