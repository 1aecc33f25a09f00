// npm run bench [-- --customers 100000 --activity 1000000]
// Builds a throwaway database with a large partner and prints how long the hot reads take.
// Figures, not pass/fail: compare them across changes on the same machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { partnerUsers } from "@/db/schema";
import { scaleAdminEmail, seedScalePartner } from "@/db/seed-scale";
import { seedDemo } from "@/db/seed";
import { loadPartnerActor, type PartnerActor } from "@/lib/access/actor";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { readActivityFilters } from "@/lib/activity/activity-filters";
import { exportActivity, listActivity } from "@/lib/activity/list-activity";
import { listCustomers } from "@/lib/customers/list-customers";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { billingSubscriptionOptions } from "@/lib/reservations/billing-subscriptions";
import { getCustomer } from "@/lib/customers/get-customer-account";
import { listAuditRecords } from "@/lib/api/audit-records";
import { listCustomerResources } from "@/lib/api/customers-api";

const { values } = parseArgs({ options: { customers: { type: "string" }, activity: { type: "string" } } });
const customerCount = Number(values.customers ?? 100_000);
const activityCount = Number(values.activity ?? 1_000_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-bench-"));
process.env.DATABASE_URL = path.join(dir, "bench.sqlite");

function time<T>(label: string, runs: number, work: () => T, record?: (median: number) => void, quiet = false): T {
  let result!: T;
  work(); // warm the statement cache and the page cache
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const worst = samples[samples.length - 1];
  record?.(median);
  if (!quiet)
    console.log(
      `${label.padEnd(58)} median ${median.toFixed(2).padStart(8)} ms   max ${worst.toFixed(2).padStart(8)} ms`,
    );
  return result;
}

const db = getDb();
seedDemo(db);

/**
 * Every customer search and Activity log filter, timed for one partner. The goal: at 1,000,000 entries, each within
 * 2× its time on the demo database (the demo partner, before the large one is added).
 */
function searchesAndFilters(admin: PartnerActor, quiet = false): Map<string, number> {
  const medians = new Map<string, number>();
  const timed = <T>(label: string, runs: number, work: () => T) =>
    time(label, runs, work, (median) => medians.set(label, median), quiet);
  for (const typed of ["c", "ce", "ced", "cedar", "cedar maple", "scale4242", "toys 99999", "nothing-matches"]) {
    const found = timed(`search "${typed}" (as typed, keystroke by keystroke)`, 10, () =>
      listCustomers(admin, { q: typed }),
    );
    if (!quiet) console.log(`${"".padEnd(4)}→ ${found.total.toLocaleString("en-US")} matches`);
  }
  timed("filter: action = Delete", 20, () =>
    listActivity(admin, readActivityFilters({ action: "delete_self_serve_policy" })),
  );
  timed('filter: customer name contains "Tidal"', 10, () =>
    listActivity(admin, readActivityFilters({ customer: "Tidal" })),
  );
  timed("filter: customer name matching nothing (worst case)", 5, () =>
    listActivity(admin, readActivityFilters({ customer: "no such company" })),
  );
  timed("filter: partner user", 20, () => listActivity(admin, readActivityFilters({ user: admin.email })));
  return medians;
}

const demoAdmin = loadPartnerActor(
  db,
  db
    .select({ id: partnerUsers.id })
    .from(partnerUsers)
    .where(eq(partnerUsers.email, "admin@contoso-csp.example"))
    .get()!.id,
)!;
const onDemo = searchesAndFilters(demoAdmin, true);

let start = performance.now();
seedScalePartner(db, customerCount, activityCount);
console.log(
  `Seeded ${customerCount.toLocaleString("en-US")} customers and ${activityCount.toLocaleString("en-US")} activity entries in ${((performance.now() - start) / 1000).toFixed(1)} s`,
);
const adminId = db
  .select({ id: partnerUsers.id })
  .from(partnerUsers)
  .where(eq(partnerUsers.email, scaleAdminEmail))
  .get()!.id;
const admin = loadPartnerActor(db, adminId)!;

console.log("\nCustomers (25 a page)");
time("list, page 1", 20, () => listCustomers(admin, {}));
time("list, page 2,000", 20, () => listCustomers(admin, { page: "2000" }));

console.log("\nActivity log (50 a page)");
const lastMonth = readActivityFilters({});
const first = time("newest page, last 30 days", 20, () => listActivity(admin, lastMonth));
if (first.ok && first.data.nextCursor) {
  const cursor = first.data.nextCursor;
  time("next page by cursor", 20, () => listActivity(admin, { ...lastMonth, cursor }));
}

console.log("\nSearches and filters, at scale");
const atScale = searchesAndFilters(admin);
console.log("\nAt scale against the demo database (goal: each within 2×)");
for (const [label, scaleMedian] of atScale) {
  const demoMedian = onDemo.get(label)!;
  const ratio = scaleMedian / demoMedian;
  console.log(
    `${label.padEnd(58)} demo ${demoMedian.toFixed(2).padStart(7)} ms   scale ${scaleMedian.toFixed(2).padStart(8)} ms   ${ratio.toFixed(1).padStart(6)}×  ${ratio <= 2 ? "met" : "NOT MET"}`,
  );
}

start = performance.now();
const exported = exportActivity(admin, lastMonth);
let rows = 0;
if (exported.ok) for (const _entry of exported.data) rows++;
console.log(
  `${"export, last 30 days".padEnd(58)} ${rows.toLocaleString("en-US")} rows in ${(performance.now() - start).toFixed(0)} ms`,
);

console.log("\nAPI: audit records (100 a page) and customers");
const auditPage = time("auditrecords, newest page, last 30 days", 20, () => listAuditRecords(admin, {}));
if (auditPage.ok && auditPage.data.next) {
  const continuationToken = auditPage.data.next;
  time("auditrecords, next page by continuation token", 20, () => listAuditRecords(admin, { continuationToken }));
}
time('auditrecords, filter CompanyName "Tidal"', 10, () =>
  listAuditRecords(admin, { filter: JSON.stringify({ Field: "CompanyName", Value: "Tidal", Operator: "substring" }) }),
);
time("auditrecords, filter OperationType, a year", 10, () =>
  listAuditRecords(admin, {
    startDate: new Date(Date.now() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    filter: JSON.stringify({ Field: "OperationType", Value: "delete_self_serve_policy", Operator: "equals" }),
  }),
);
time("customers, first page of 100", 20, () => listCustomerResources(admin, {}));

console.log("\nPermission switch");
const customerId = listCustomers(admin, { q: "scale0" }).rows[0].tenantId;
let enabled = false;
time("turn on / off (transaction + activity entry)", 50, () => {
  enabled = !enabled;
  return setCustomerPurchasePermission(
    { kind: "partner_user", id: admin.id },
    { customerId, resource: "AzureReservedInstances", enabled },
  );
});

console.log("\nReservations");
const customer = getCustomer(admin, customerId)!;
const [billing] = billingSubscriptionOptions(admin, customer.id);
time("buy a reservation on behalf (checks, price, order, activity)", 50, () => {
  const result = purchaseReservation(
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
});

const memory = process.memoryUsage();
console.log(
  `\nMemory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
console.log(`Database file: ${(fs.statSync(process.env.DATABASE_URL).size / 2 ** 20).toFixed(0)} MiB`);
closeDb();
fs.rmSync(dir, { recursive: true, force: true });
