import fs from "node:fs";
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
import { signInWithForm } from "./sign-in-steps";

// Bulk permission changes, on servers of this file's own, each on a fresh seeded database, so that its jobs (which
// change dozens of customers) never touch the state other specs start from. One server runs jobs at full speed; the
// other is paced (one customer a batch, 200 ms between batches) so that a job can be watched, cancelled and killed
// mid-way while the server still answers.

const fast: OwnServer = {
  name: "fast",
  baseURL: `http://localhost:${ownPort(8)}`,
  database: ownDatabase("bulk_permissions_fast"),
  env: {},
  output: [],
};
const paced: OwnServer = {
  name: "paced",
  baseURL: `http://localhost:${ownPort(9)}`,
  database: ownDatabase("bulk_permissions_paced"),
  env: { PERMISSION_JOB_BATCH_SIZE: "1", PERMISSION_JOB_BATCH_PAUSE_MS: "200" },
  output: [],
};

async function signedIn(browser: Browser, server: OwnServer, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signInWithForm(page, email);
  await expect(page.getByRole("heading", { name: "Customers", level: 1 })).toBeVisible();
  return page;
}

type Counts = { total: number; changed: number; unchanged: number; skipped: number; failed: number; waiting: number };
type Job = { id: string; status: string; startedAt: string; counts: Counts; cancelledBy: { email: string } | null };

async function readJob(api: APIRequestContext, jobId: string): Promise<Job> {
  const response = await api.get(`/api/v1/permissionJobs/${jobId}`);
  expect(response.status()).toBe(200);
  return response.json();
}

async function startJob(api: APIRequestContext, body: unknown): Promise<Job> {
  const response = await api.post("/api/v1/permissionJobs", {
    data: body,
    headers: { "Idempotency-Key": crypto.randomUUID() },
  });
  expect(response.status()).toBe(201);
  return response.json();
}

/** Every outcome of a job through the API, page after page. */
async function outcomesOf(api: APIRequestContext, jobId: string) {
  const items: { customerId: string; outcome: string | null }[] = [];
  for (let token: string | undefined; ;) {
    const response = await api.get(`/api/v1/permissionJobs/${jobId}/customers?size=10`, {
      headers: token ? { "MS-ContinuationToken": token } : {},
    });
    expect(response.status()).toBe(200);
    const page = await response.json();
    items.push(...page.items);
    token = page.continuationToken;
    if (!token) return items;
  }
}

/** The Activity log's "Create Customer Purchase Permissions" entries since a moment, as the API's audit records. */
async function permissionsCreatedSince(api: APIRequestContext, since: string) {
  const filter = JSON.stringify({ Field: "OperationType", Value: "create_self_serve_policy", Operator: "equals" });
  const response = await api.get(
    `/api/v1/auditrecords?${new URLSearchParams({ startDate: since, filter, size: "500" })}`,
  );
  expect(response.status()).toBe(200);
  const { items, continuationToken } = await response.json();
  expect(continuationToken).toBeUndefined();
  return items as { customerId: string; resourceNewValue: string }[];
}

const distinct = (values: string[]) => new Set(values).size;

test.describe.serial("bulk permission changes", () => {
  test.beforeAll(async () => {
    test.setTimeout(200_000);
    await Promise.all([fast, paced].map((server) => freshDatabase(server.database)));
    [fast, paced].forEach(startServer);
    await Promise.all([fast, paced].map(untilHealthy));
  });

  test.afterAll(async () => {
    await Promise.all([fast, paced].map(killServer));
    await Promise.all([fast, paced].map((server) => dropDatabase(server.database)));
  });

  test("an Admin agent turns a permission on for 25 customers picked on the list, and watches the job finish", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await signedIn(browser, fast, accounts.admin.email);
    // Coho Vineyard, the one customer with savings plans on, has it turned off first (a job of one, by the API), so
    // that the first page of customers with an active Azure plan are 25 customers that will all change.
    const setUp = await startJob(page.request, {
      resource: "AzureSavingsPlan",
      enabled: false,
      selection: { search: "Coho Vineyard" },
    });
    await expect.poll(async () => (await readJob(page.request, setUp.id)).status).toBe("completed");

    await page.getByLabel("Azure plan status").selectOption({ label: "Active" });
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByText("29 customers", { exact: true })).toBeVisible();
    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    await expect(page.getByText("All 25 customers on this page are selected.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Select Wingtip Toys" })).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: "Select Adventure Works Cycles" })).toBeChecked();

    await page.getByRole("button", { name: "Change customer permissions…" }).click();
    const dialog = page.getByRole("dialog", { name: "Change customer permissions" });
    await expect(dialog.getByText("For: 25 customers picked")).toBeVisible();
    await dialog.getByRole("radio", { name: "Azure savings plans" }).check();
    await dialog.getByRole("radio", { name: "On", exact: true }).check();
    await dialog.getByRole("button", { name: "Preview" }).click();
    await expect(dialog.getByText("25 customers will change.")).toBeVisible();
    await dialog.getByRole("button", { name: "Start" }).click();

    await expect(page).toHaveURL(/\/customers\/jobs\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Turn on Azure savings plans", level: 1 })).toBeVisible();
    const progress = page.getByRole("progressbar", { name: "Progress" });
    await expect(progress).toHaveAttribute("aria-valuemax", "25");
    await expect(progress).toHaveAttribute("aria-valuenow", "25");
    await expect(
      page.getByText("25 of 25 done: 25 changed, 0 already so, 0 skipped, 0 failed", { exact: true }),
    ).toBeVisible();
    await expect(page.getByText("Completed", { exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: /Adventure Works Cycles .* Changed/ })).toBeVisible();

    // One Activity log entry for each of the 25, as a single change writes it.
    const jobId = page.url().split("/").pop()!;
    const job = await readJob(page.request, jobId);
    const entries = await permissionsCreatedSince(page.request, job.startedAt);
    expect(entries).toHaveLength(25);
    expect(distinct(entries.map((entry) => entry.customerId))).toBe(25);
    expect(entries.every((entry) => entry.resourceNewValue.includes("AzureSavingsPlan"))).toBe(true);

    // Reloading shows the same job, as does the Jobs list; its outcome per customer downloads as CSV.
    await page.reload();
    await expect(page.getByRole("progressbar", { name: "Progress" })).toHaveAttribute("aria-valuenow", "25");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download outcomes (CSV)" }).click();
    const csv = fs.readFileSync(await (await download).path(), "utf8").replace(/^\uFEFF/, "");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("Company name,Microsoft ID,Outcome,Reason,Done at (UTC)");
    expect(lines.slice(1)).toHaveLength(25);
    expect(lines.slice(1).every((line) => line.split(",").at(-3) === "Changed")).toBe(true);

    await page.goto("/customers");
    await page.getByRole("link", { name: "Permission jobs" }).click();
    await expect(page.getByRole("heading", { name: "Permission jobs", level: 1 })).toBeVisible();
    const row = page.getByRole("row", { name: /Turn on Azure savings plans/ });
    await expect(row).toContainText("25 customers picked");
    await expect(row).toContainText("Completed");
    await expect(row).toContainText("25 of 25 done: 25 changed");
  });

  test("a Sales agent is offered no bulk change, and the API refuses them one", async ({ browser }) => {
    const page = await signedIn(browser, fast, accounts.sales.email);
    await expect(page.getByRole("table")).toContainText("A. Datum Corporation");
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Change customer permissions…" })).toHaveCount(0);
    const refused = await page.request.post("/api/v1/permissionJobs", {
      data: { resource: "AzureReservedInstances", enabled: true, selection: { search: "" } },
      headers: { "Idempotency-Key": crypto.randomUUID() },
    });
    expect(refused.status()).toBe(403);
  });

  test("a job cancelled mid-way stops: the customers done keep their change, the waiting ones are left as they were", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const page = await signedIn(browser, paced, accounts.admin.email);
    // Every customer, chosen as Gmail offers it: the whole page, then all of them.
    await page.getByRole("checkbox", { name: "Select all on this page" }).check();
    await page.getByRole("button", { name: "Select all 37 customers" }).click();
    await expect(page.getByText("All 37 customers are selected.")).toBeVisible();
    await page.getByRole("button", { name: "Change customer permissions…" }).click();
    const dialog = page.getByRole("dialog", { name: "Change customer permissions" });
    await expect(dialog.getByText("For: All customers")).toBeVisible();
    await dialog.getByRole("radio", { name: "Azure reservations" }).check();
    await dialog.getByRole("button", { name: "Preview" }).click();
    await expect(dialog.getByText("22 customers will change.")).toBeVisible();
    await expect(dialog.getByText("7 customers are already so.")).toBeVisible();
    await expect(dialog.getByText(/^1 customer cannot be changed: Its Azure subscription is not active/)).toBeVisible();
    await expect(dialog.getByRole("listitem").filter({ hasText: "Litware, Inc." })).toBeVisible();
    await dialog.getByRole("button", { name: "Start" }).click();

    await expect(page).toHaveURL(/\/customers\/jobs\/[0-9a-f-]{36}$/);
    const progress = page.getByRole("progressbar", { name: "Progress" });
    await expect(progress).toHaveAttribute("aria-valuemax", "37");
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(3);
    await expect(page.getByText(/about \d+ seconds? left$/)).toBeVisible();
    await page.getByRole("button", { name: "Cancel job" }).click();
    await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel job" })).toHaveCount(0);
    await expect(page.getByText(/^Cancelled by Adele Vance/)).toBeVisible();

    const jobId = page.url().split("/").pop()!;
    const cancelled = await readJob(page.request, jobId);
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledBy: { email: accounts.admin.email } });
    expect(cancelled.counts.waiting).toBeGreaterThan(0);
    // No batch runs after the cancel: a second later nothing more is done, and only the customers marked changed were.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await readJob(page.request, jobId)).counts).toEqual(cancelled.counts);
    const entries = await permissionsCreatedSince(page.request, cancelled.startedAt);
    expect(entries).toHaveLength(cancelled.counts.changed);
    const waiting = (await outcomesOf(page.request, jobId)).filter((item) => item.outcome === null);
    expect(waiting).toHaveLength(cancelled.counts.waiting);
    await page.reload();
    await expect(page.getByRole("cell", { name: "Not done" }).first()).toBeVisible();
  });

  test("a job whose server is killed (SIGKILL) carries on after a restart, and changes every customer once", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const page = await signedIn(browser, paced, accounts.admin.email);
    const job = await startJob(page.request, {
      resource: "AzureSavingsPlan",
      enabled: true,
      selection: { search: "" },
    });
    expect(job.counts.total).toBe(37);
    const done = async () => {
      const { counts } = await readJob(page.request, job.id);
      return counts.total - counts.waiting;
    };
    await expect.poll(done, { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    await killServer(paced);

    startServer(paced);
    await untilHealthy(paced);
    const atRestart = await readJob(page.request, job.id);
    expect(atRestart.status).toBe("running");
    expect(atRestart.counts.waiting).toBeGreaterThan(0);
    // The killed process's hold on the job lapses, and the restarted server takes it up where it stopped.
    await expect
      .poll(async () => (await readJob(page.request, job.id)).status, { timeout: 90_000, intervals: [500] })
      .toBe("completed");

    const finished = await readJob(page.request, job.id);
    expect(finished.counts).toEqual({ total: 37, changed: 28, unchanged: 1, skipped: 8, failed: 0, waiting: 0 });
    const outcomes = await outcomesOf(page.request, job.id);
    expect(outcomes).toHaveLength(37);
    expect(distinct(outcomes.map((item) => item.customerId))).toBe(37);
    const changed = outcomes.filter((item) => item.outcome === "changed").map((item) => item.customerId);
    const entries = await permissionsCreatedSince(page.request, job.startedAt);
    expect(entries.map((entry) => entry.customerId).sort()).toEqual(changed.sort());
  });
});
