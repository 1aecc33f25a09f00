// npm run bench:webhooks [-- --events 1000] [-- --postgres postgres://user@host:5432/db]
// Delivery latency of webhook events, change committed → received, on SQLite and on PostgreSQL: a fresh demo
// database, a receiver on this machine that verifies each signature, the server's own delivery worker (polling every
// WEBHOOK_POLL_MS, 1 s by default), and permission changes made through the use case one after another. Prints the
// spread of latencies and whether every event arrived once. Changes come some 50 a second, as from many agents. Figures, not pass/fail.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { count, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { customers, partnerUsers, webhookEvents } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { startWebhookDelivery } from "@/lib/webhooks/deliver-webhooks";
import { createWebhookRegistration } from "@/lib/webhooks/save-webhook-registration";
import { benchPlace, benchPostgresDatabase } from "./bench-databases";

const { values } = parseArgs({
  options: { events: { type: "string" }, postgres: { type: "string" }, child: { type: "boolean" } },
});
const eventCount = Number(values.events ?? "1000");
/** The pause between changes: 1,000 changes take about 20 seconds, some 50 a second. */
const pauseMs = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

const stillPending = () =>
  getDb()
    .select({ n: count() })
    .from(webhookEvents)
    .where(eq(webhookEvents.status, "pending"))
    .then(([row]) => Number(row.n));

/** One engine, in this process: the database client is chosen once per process by DATABASE_URL. */
async function benchEngine() {
  process.env.WEBHOOKS_ALLOW_LOCAL = "1";
  await migrateDatabase();
  await seedDemo();

  const latencies: number[] = [];
  const seen = new Set<string>();
  let repeats = 0;
  let secret = "";
  let allArrived: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (allArrived = resolve));
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const receivedAt = Date.now();
      const event = new Webhook(secret).verify(body, request.headers as Record<string, string>) as {
        ResourceChangeUtcDate: string;
      };
      const id = String(request.headers["webhook-id"]);
      if (seen.has(id)) repeats++;
      else latencies.push(receivedAt - Date.parse(event.ResourceChangeUtcDate));
      seen.add(id);
      response.end();
      if (latencies.length === eventCount) allArrived();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://localhost:${(receiver.address() as AddressInfo).port}/hooks`;

  const [admin] = await getDb()
    .select({ id: partnerUsers.id, partnerId: partnerUsers.partnerId })
    .from(partnerUsers)
    .where(eq(partnerUsers.email, "admin@contoso-csp.example"));
  const adminRef = { kind: "partner_user", id: admin.id } as const;
  const registered = await createWebhookRegistration(adminRef, {
    url,
    events: ["customer-purchase-permission-created", "customer-purchase-permission-deleted"],
  });
  if (!registered.ok) throw new Error(JSON.stringify(registered));
  secret = registered.data.secret;
  startWebhookDelivery();

  // Each change flips one customer's permission: round the partner's customers that can have it.
  const tenants = await getDb()
    .select({ tenantId: customers.tenantId })
    .from(customers)
    .where(eq(customers.partnerId, admin.partnerId));
  const on = new Map<string, boolean>();
  const started = performance.now();
  let made = 0;
  while (made < eventCount) {
    let changedThisRound = 0;
    for (const { tenantId } of tenants) {
      if (made === eventCount) break;
      const enabled = !(on.get(tenantId) ?? false);
      const result = await setCustomerPurchasePermission(adminRef, {
        customerId: tenantId,
        resource: "AzureSavingsPlan",
        enabled,
      });
      // Changes arrive as requests do, with time between them, not as one loop that never lets the worker run.
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      if (!result.ok) continue;
      on.set(tenantId, enabled);
      if (result.data.changed) {
        made++;
        changedThisRound++;
      }
    }
    if (changedThisRound === 0 && made < eventCount) throw new Error("No customer's permission could be changed.");
  }
  const changesMs = performance.now() - started;
  const timeout = setTimeout(() => allArrived(), 120_000);
  await arrived;
  clearTimeout(timeout);
  // The last answers are in; the worker is still writing them down. Close once it has.
  for (let waited = 0; waited < 10_000 && (await stillPending()) > 0; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  receiver.close();
  await closeDb();

  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, n) => sum + n, 0) / Math.max(1, sorted.length);
  console.log(
    `${made} changes in ${(changesMs / 1000).toFixed(1)} s; ${sorted.length} events received, ${repeats} repeats`,
  );
  console.log(
    `latency, change committed → received: mean ${mean.toFixed(0)} ms, p50 ${percentile(sorted, 0.5)} ms, ` +
      `p95 ${percentile(sorted, 0.95)} ms, p99 ${percentile(sorted, 0.99)} ms, max ${sorted.at(-1)} ms`,
  );
  process.exit(sorted.length === eventCount ? 0 : 1);
}

async function runEngine(title: string, databaseUrl: string) {
  console.log(`\n── ${title} ──`);
  const child = spawn(
    path.join(import.meta.dirname, "..", "node_modules", ".bin", "tsx"),
    [import.meta.filename, "--child", "--events", String(eventCount)],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`The ${title} webhook bench failed (exit code ${code}).`);
}

async function main() {
  const place = benchPlace("partner-console-bench-webhooks-");
  try {
    await runEngine("SQLite", path.join(place.dir, "bench.sqlite"));
    const url = await benchPostgresDatabase(place, values.postgres);
    if (url) await runEngine("PostgreSQL", url);
    else console.log("\nPostgreSQL is not installed (Debian: apt-get install postgresql): SQLite only.");
  } finally {
    await place.cleanUp();
  }
}

(values.child ? benchEngine() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
