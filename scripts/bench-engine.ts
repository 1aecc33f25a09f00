// One engine's half of `npm run bench` (scripts/bench.ts runs it once per engine, each in its own process, because
// the database client is chosen once per process by DATABASE_URL):
//   DATABASE_URL=… tsx scripts/bench-engine.ts --customers 100000 --activity 1000000 --figures FILE
// Seeds the empty database DATABASE_URL names (demo, then the scale partner), prints how long the hot reads and writes
// take, and writes each median to FILE as JSON for the side-by-side table.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, databasePath, getDb, openedDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { partnerUsers } from "@/db/schema";
import { scaleAdminEmail, seedScalePartner } from "@/db/seed-scale";
import { seedDemo } from "@/db/seed";
import { loadPartnerActor, type PartnerActor } from "@/lib/access/actor";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { readActivityFilters } from "@/lib/activity/activity-filters";
import { exportActivity, listActivity } from "@/lib/activity/list-activity";
import { getPermissionJob } from "@/lib/permission-jobs/get-permission-job";
import { previewPermissionJob } from "@/lib/permission-jobs/preview-permission-job";
import { runPermissionJobs } from "@/lib/permission-jobs/run-permission-jobs";
import { startPermissionJob } from "@/lib/permission-jobs/start-permission-job";
import { listCustomers } from "@/lib/customers/list-customers";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { getCustomer } from "@/lib/customers/find-customer";
import { listAuditRecords } from "@/lib/api/audit-records";
import { listCustomerResources } from "@/lib/api/customers-api";

/**
 * A timed operation's median at scale, in ms. Reads (lists, searches, filters) are held to the 2× rule between
 * engines; writes and the bulk load are not: a PostgreSQL write crosses the network several times and is SERIALIZABLE.
 * The floor, a query that reads nothing, shows the part of every PostgreSQL figure no index can remove.
 */
export type Figure = { label: string; kind: "floor" | "read" | "write" | "load"; median: number };

const { values } = parseArgs({
  options: { customers: { type: "string" }, activity: { type: "string" }, figures: { type: "string" } },
});
const customerCount = Number(values.customers);
const activityCount = Number(values.activity);

const figures: Figure[] = [];

async function time<T>(
  label: string,
  runs: number,
  work: () => Promise<T>,
  { kind = "read", quiet = false }: { kind?: Figure["kind"]; quiet?: boolean } = {},
): Promise<{ result: T; median: number }> {
  let result!: T;
  await work(); // warm the statement cache and the page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const worst = samples[samples.length - 1];
  if (!quiet) {
    figures.push({ label, kind, median });
    console.log(
      `${label.padEnd(58)} median ${median.toFixed(2).padStart(8)} ms   max ${worst.toFixed(2).padStart(8)} ms`,
    );
  }
  return { result, median };
}

/**
 * Every customer search and Activity log filter, timed for one partner. The goal: at 1,000,000 entries, each within
 * 2× its time on the demo database (the demo partner, before the large one is added).
 */
async function searchesAndFilters(admin: PartnerActor, quiet = false): Promise<Map<string, number>> {
  const medians = new Map<string, number>();
  const timed = async <T>(label: string, runs: number, work: () => Promise<T>) => {
    const { result, median } = await time(label, runs, work, { quiet });
    medians.set(label, median);
    return result;
  };
  for (const typed of ["c", "ce", "ced", "cedar", "cedar maple", "scale4242", "toys 99999", "nothing-matches"]) {
    const found = await timed(`search "${typed}" (as typed, keystroke by keystroke)`, 10, () =>
      listCustomers(admin, { q: typed }),
    );
    // The count stops at the cap: beyond, the list says "more than".
    const matches = `${found.moreThanCap ? "more than " : ""}${found.total.toLocaleString("en-US")}`;
    if (!quiet) console.log(`${"".padEnd(4)}→ ${matches} matches`);
  }
  await timed("filter: action = Delete", 20, () =>
    listActivity(admin, readActivityFilters({ action: "delete_self_serve_policy" })),
  );
  await timed('filter: customer name contains "Tidal"', 10, () =>
    listActivity(admin, readActivityFilters({ customer: "Tidal" })),
  );
  await timed("filter: customer name matching nothing (worst case)", 5, () =>
    listActivity(admin, readActivityFilters({ customer: "no such company" })),
  );
  await timed("filter: partner user", 20, () => listActivity(admin, readActivityFilters({ user: admin.email })));
  return medians;
}

/**
 * A bulk change over every customer of the large partner (Azure savings plans on): preview, start (one item a
 * customer) and the run to the end, in this process as a server runs it. Goal: at least 2,000 customers a second on
 * SQLite, with memory flat (the resident size is sampled through the run).
 */
async function bulkPermissionJob(admin: PartnerActor) {
  console.log("\nBulk permission change, every customer (Azure savings plans on)");
  const ref = { kind: "partner_user" as const, id: admin.id };
  const request = { resource: "AzureSavingsPlan", enabled: true, selection: { search: "" } } as const;
  let start = performance.now();
  const preview = await previewPermissionJob(ref, request);
  if (!preview.ok) throw new Error(describeFailure(preview, inEnglish).message);
  const previewMs = performance.now() - start;
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  start = performance.now();
  const started = await startPermissionJob(ref, { ...request, idempotencyKey: crypto.randomUUID() });
  if (!started.ok) throw new Error(describeFailure(started, inEnglish).message);
  const startMs = performance.now() - start;
  start = performance.now();
  await runPermissionJobs();
  const runMs = performance.now() - start;
  clearInterval(sampler);
  const job = await getPermissionJob(ref, started.data.jobId);
  if (!job.ok || job.data.status !== "completed") throw new Error("The bulk job did not complete.");
  const { total, changed } = job.data.counts;
  const rate = total / ((startMs + runMs) / 1000);
  figures.push({ label: "bulk permission job: start and run (one run)", kind: "write", median: startMs + runMs });
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  console.log(
    `${"preview".padEnd(58)} ${total.toLocaleString("en-US")} customers in ${previewMs.toFixed(0)} ms\n` +
      `${"start (one item a customer)".padEnd(58)} ${startMs.toFixed(0)} ms\n` +
      `${"run to the end".padEnd(58)} ${runMs.toFixed(0)} ms: ${changed.toLocaleString("en-US")} changed, each with its entry\n` +
      `${"rate".padEnd(58)} ${Math.round(rate).toLocaleString("en-US")} customers a second (goal ≥ 2,000 on SQLite)\n` +
      `${"resident memory".padEnd(58)} ${mib(rssBefore)} before, ${mib(rssPeak)} at most during the job`,
  );
}

/** A partner's admin, signed in: the actor every timed read runs as. */
async function partnerAdmin(email: string): Promise<PartnerActor> {
  const [user] = await getDb()
    .select({ id: partnerUsers.id })
    .from(partnerUsers)
    .where(eq(partnerUsers.email, email))
    .limit(1);
  return (await loadPartnerActor(getDb(), user.id))!;
}

/** `select 1`: what any query costs on this engine before it reads a row (in process, or a round trip). */
async function trivialQuery(): Promise<unknown> {
  const open = openedDatabase();
  return open.engine === "postgres" ? open.db.$client.query("select 1") : open.db.$client.prepare("select 1").get();
}

/** The size of the database on disk, in MiB. */
async function databaseSize(): Promise<number> {
  const open = openedDatabase();
  const bytes =
    open.engine === "postgres"
      ? Number((await open.db.$client.query("select pg_database_size(current_database()) as n")).rows[0].n)
      : fs.statSync(databasePath()).size;
  return bytes / 2 ** 20;
}

async function main() {
  await migrateDatabase();
  await seedDemo();

  const demoAdmin = await partnerAdmin("admin@contoso-csp.example");
  const onDemo = await searchesAndFilters(demoAdmin, true);

  let start = performance.now();
  await seedScalePartner(customerCount, activityCount);
  const loadMs = performance.now() - start;
  const open = openedDatabase();
  if (open.engine === "postgres") {
    // Autovacuum would do this within a minute of the load; done now, every figure is taken after it, not some
    // before and some after. It marks the pages all-visible, which index-only scans (counts, deep pages) rely on.
    await open.db.$client.query("vacuum (analyze) customers, subscriptions, activity_entries");
  }
  figures.push({ label: "bulk load of the scale partner (one run)", kind: "load", median: loadMs });
  console.log(
    `Seeded ${customerCount.toLocaleString("en-US")} customers and ${activityCount.toLocaleString("en-US")} activity entries in ${(loadMs / 1000).toFixed(1)} s`,
  );
  const admin = await partnerAdmin(scaleAdminEmail);

  console.log("\nEvery query's fixed cost");
  await time("floor: one trivial query (select 1)", 50, () => trivialQuery(), { kind: "floor" });

  console.log("\nCustomers (25 a page)");
  await time("list, page 1", 20, () => listCustomers(admin, {}));
  let deep = await listCustomers(admin, {});
  for (let page = 2; page < 2000 && deep.next; page++) deep = await listCustomers(admin, { after: deep.next });
  const { after, before } = { after: deep.next!, before: deep.previous! };
  await time("list, page 2,000 (Next)", 20, () => listCustomers(admin, { after }));
  await time("list, page 1,998 (Previous)", 20, () => listCustomers(admin, { before }));

  console.log("\nActivity log (50 a page)");
  const lastMonth = readActivityFilters({});
  const { result: first } = await time("newest page, last 30 days", 20, () => listActivity(admin, lastMonth));
  if (first.ok && first.data.nextCursor) {
    const cursor = first.data.nextCursor;
    await time("next page by cursor", 20, () => listActivity(admin, { ...lastMonth, cursor }));
  }

  console.log("\nSearches and filters, at scale");
  const atScale = await searchesAndFilters(admin);
  console.log("\nAt scale against the demo database (goal: each within 2×)");
  for (const [label, scaleMedian] of atScale) {
    const demoMedian = onDemo.get(label)!;
    const ratio = scaleMedian / demoMedian;
    console.log(
      `${label.padEnd(58)} demo ${demoMedian.toFixed(2).padStart(7)} ms   scale ${scaleMedian.toFixed(2).padStart(8)} ms   ${ratio.toFixed(1).padStart(6)}×  ${ratio <= 2 ? "met" : "NOT MET"}`,
    );
  }

  start = performance.now();
  const exported = await exportActivity(admin, lastMonth);
  let rows = 0;
  if (exported.ok) for await (const _entry of exported.data) rows++;
  const exportMs = performance.now() - start;
  figures.push({ label: "export, last 30 days (one run)", kind: "read", median: exportMs });
  console.log(`${"export, last 30 days".padEnd(58)} ${rows.toLocaleString("en-US")} rows in ${exportMs.toFixed(0)} ms`);

  console.log("\nAPI: audit records (100 a page) and customers");
  const { result: auditPage } = await time("auditrecords, newest page, last 30 days", 20, () =>
    listAuditRecords(admin, {}),
  );
  if (auditPage.ok && auditPage.data.next) {
    const continuationToken = auditPage.data.next;
    await time("auditrecords, next page by continuation token", 20, () =>
      listAuditRecords(admin, { continuationToken }),
    );
  }
  await time('auditrecords, filter CompanyName "Tidal"', 10, () =>
    listAuditRecords(admin, {
      filter: JSON.stringify({ Field: "CompanyName", Value: "Tidal", Operator: "substring" }),
    }),
  );
  await time("auditrecords, filter OperationType, a year", 10, () =>
    listAuditRecords(admin, {
      startDate: new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10),
      filter: JSON.stringify({ Field: "OperationType", Value: "delete_self_serve_policy", Operator: "equals" }),
    }),
  );
  await time("customers, first page of 100", 20, () => listCustomerResources(admin, {}));

  console.log("\nPermission switch");
  const customerId = (await listCustomers(admin, { q: "scale0" })).rows[0].tenantId;
  let enabled = false;
  await time(
    "turn on / off (transaction + activity entry)",
    50,
    () => {
      enabled = !enabled;
      return setCustomerPurchasePermission(
        { kind: "partner_user", id: admin.id },
        { customerId, resource: "AzureReservedInstances", enabled },
      );
    },
    { kind: "write" },
  );

  await bulkPermissionJob(admin);

  console.log("\nReservations");
  const customer = (await getCustomer(admin, customerId))!;
  const [billing] = await billingSubscriptionOptions(admin, customer.id);
  await time(
    "buy a reservation on behalf (checks, price, order, activity)",
    50,
    async () => {
      const result = await purchaseReservation(
        { kind: "partner_user", id: admin.id },
        {
          customerId,
          catalogItemId: "DZH318Z0BQ4P:0001",
          region: "eastus",
          term: "P1Y",
          billingPlan: "monthly",
          quantity: 1,
          billingSubscriptionId: billing.subscriptionId,
          scope: "shared",
          idempotencyKey: crypto.randomUUID(),
        },
      );
      if (!result.ok) throw new Error(describeFailure(result, inEnglish).message);
      return result;
    },
    { kind: "write" },
  );

  const memory = process.memoryUsage();
  console.log(
    `\nMemory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(`Database size: ${(await databaseSize()).toFixed(0)} MiB`);
  await closeDb();
  fs.writeFileSync(values.figures!, JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
