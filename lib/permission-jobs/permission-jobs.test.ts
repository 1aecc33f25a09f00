import { and, count, eq, gt, inArray, isNull } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { getDb } from "@/db/client";
import {
  activityEntries,
  customerPurchasePermissions,
  customers,
  partnerUsers,
  permissionJobItems,
  permissionJobs,
} from "@/db/schema";
import { actorRef, customerTenantId, demo, partnerUserId } from "@/testing/fixtures";
import { cancelPermissionJob } from "./cancel-permission-job";
import { getPermissionJob, listPermissionJobs } from "./get-permission-job";
import { eachPermissionJobOutcome, listPermissionJobOutcomes } from "./permission-job-outcomes";
import { previewPermissionJob } from "./preview-permission-job";
import { claimPermissionJob, leaseMs, runPermissionJobBatch, runPermissionJobs } from "./run-permission-jobs";
import { startPermissionJob } from "./start-permission-job";

const allCustomers = { search: "" };
const savingsPlansOn = { resource: "AzureSavingsPlan", enabled: true, selection: allCustomers } as const;
const key = () => crypto.randomUUID();

async function contosoCustomerIds(): Promise<number[]> {
  const partnerId = (await getDb()
    .select({ partnerId: partnerUsers.partnerId })
    .from(partnerUsers)
    .where(eq(partnerUsers.email, demo.contosoAdmin))
    .then(([row]) => row.partnerId)) as number;
  const rows = await getDb().select({ id: customers.id }).from(customers).where(eq(customers.partnerId, partnerId));
  return rows.map((row) => row.id);
}

async function jobRowId(jobId: string): Promise<number> {
  const [job] = await getDb()
    .select({ id: permissionJobs.id })
    .from(permissionJobs)
    .where(eq(permissionJobs.jobId, jobId));
  return job.id;
}

/** The Create/Delete Customer Purchase Permissions entries the running test wrote, per customer. */
async function newPermissionEntriesPerCustomer(): Promise<Map<number, number>> {
  const rows = await getDb()
    .select({ customerId: activityEntries.customerId, n: count() })
    .from(activityEntries)
    .where(
      and(
        gt(activityEntries.id, inject("seededActivityCeiling")),
        inArray(activityEntries.operationType, ["create_self_serve_policy", "delete_self_serve_policy"]),
      ),
    )
    .groupBy(activityEntries.customerId);
  return new Map(rows.map((row) => [row.customerId as number, Number(row.n)]));
}

async function savingsPlanHolders(ids: number[]): Promise<Set<number>> {
  const rows = await getDb()
    .select({ customerId: customerPurchasePermissions.customerId })
    .from(customerPurchasePermissions)
    .where(
      and(
        eq(customerPurchasePermissions.resource, "AzureSavingsPlan"),
        inArray(customerPurchasePermissions.customerId, ids),
      ),
    );
  return new Set(rows.map((row) => row.customerId));
}

describe("bulk permission changes", () => {
  it("previews what a run then does: how many change, how many are already so, which cannot and why", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const preview = await previewPermissionJob(admin, savingsPlansOn);
    if (!preview.ok) throw new Error(preview.error);
    const { total, willChange, unchanged, cannot } = preview.data;
    expect(total).toBe((await contosoCustomerIds()).length);
    expect(willChange).toBeGreaterThan(20);
    expect(unchanged).toBeGreaterThanOrEqual(1); // Coho Vineyard may already buy savings plans
    expect(cannot.map((group) => group.reason)).toContain("permissionJobs.reasons.noAzurePlan");
    expect(willChange + unchanged + cannot.reduce((n, group) => n + group.count, 0)).toBe(total);

    const started = await startPermissionJob(admin, { ...savingsPlansOn, idempotencyKey: key() });
    if (!started.ok) throw new Error(started.error);
    await runPermissionJobs({ size: 7, pauseMs: 0 });
    const job = await getPermissionJob(admin, started.data.jobId);
    if (!job.ok) throw new Error(job.error);
    expect(job.data.status).toBe("completed");
    expect(job.data.counts).toEqual({
      total,
      changed: willChange,
      unchanged,
      skipped: cannot.reduce((n, group) => n + group.count, 0),
      failed: 0,
      waiting: 0,
    });
    // Each changed customer has the permission and exactly one entry, as a single change writes it.
    const entries = await newPermissionEntriesPerCustomer();
    expect([...entries.values()].every((n) => n === 1)).toBe(true);
    expect(entries.size).toBe(willChange);
    const holders = await savingsPlanHolders(await contosoCustomerIds());
    expect(holders.size).toBe(willChange + unchanged);
  });

  it("changes each customer exactly once when another process takes over a job whose process stopped", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const started = await startPermissionJob(admin, { ...savingsPlansOn, idempotencyKey: key() });
    if (!started.ok) throw new Error(started.error);
    const id = await jobRowId(started.data.jobId);

    // Process A claims the job, does two batches, then is killed (it simply never runs again).
    expect((await claimPermissionJob("process-a"))?.id).toBe(id);
    expect(await runPermissionJobBatch(id, 4, "process-a")).toBe("more");
    expect(await runPermissionJobBatch(id, 4, "process-a")).toBe("more");
    // Process B cannot take it while A's lease runs, and can once it has run out.
    expect(await claimPermissionJob("process-b")).toBeNull();
    expect((await claimPermissionJob("process-b", new Date(Date.now() + leaseMs + 1000)))?.id).toBe(id);
    // A, were it to come back, no longer holds it: nothing it does is written.
    expect(await runPermissionJobBatch(id, 4, "process-a")).toBe("not_ours");
    while ((await runPermissionJobBatch(id, 4, "process-b")) === "more");

    const waiting = await getDb()
      .select({ n: count() })
      .from(permissionJobItems)
      .where(and(eq(permissionJobItems.jobId, id), isNull(permissionJobItems.outcome)));
    expect(waiting[0].n).toBe(0);
    const entries = await newPermissionEntriesPerCustomer();
    expect([...entries.values()].every((n) => n === 1)).toBe(true);
    const changed = await getDb()
      .select({ n: count() })
      .from(permissionJobItems)
      .where(and(eq(permissionJobItems.jobId, id), eq(permissionJobItems.outcome, "changed")));
    expect(entries.size).toBe(changed[0].n);
  });

  it("stops at the next batch when cancelled, leaving the customers not yet done as they were", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const sales = await actorRef(demo.contosoSales);
    const started = await startPermissionJob(admin, { ...savingsPlansOn, idempotencyKey: key() });
    if (!started.ok) throw new Error(started.error);
    const id = await jobRowId(started.data.jobId);
    await claimPermissionJob("process-a");
    await runPermissionJobBatch(id, 3, "process-a");

    expect(await cancelPermissionJob(sales, { jobId: started.data.jobId })).toMatchObject({ error: "forbidden" });
    const cancelled = await cancelPermissionJob(admin, { jobId: started.data.jobId });
    if (!cancelled.ok) throw new Error(cancelled.error);
    expect(cancelled.data.status).toBe("cancelled");
    expect(cancelled.data.cancelledBy?.email).toBe(demo.contosoAdmin);
    expect(await runPermissionJobBatch(id, 3, "process-a")).toBe("ended");
    expect(await cancelPermissionJob(admin, { jobId: started.data.jobId })).toMatchObject({ error: "conflict" });

    const job = await getPermissionJob(admin, started.data.jobId);
    if (!job.ok) throw new Error(job.error);
    expect(job.data.counts.total - job.data.counts.waiting).toBe(3);
    expect(job.data.secondsLeft).toBeNull();
    const outcomes = await listPermissionJobOutcomes(admin, started.data.jobId, { limit: 1000 });
    if (!outcomes.ok) throw new Error(outcomes.error);
    expect(outcomes.data.rows.filter((row) => row.outcome === null)).toHaveLength(job.data.counts.waiting);
  });

  it("is started and cancelled by Admin agents only; others and other partners are refused", async () => {
    const sales = await actorRef(demo.contosoSales);
    const helpdesk = await actorRef(demo.contosoHelpdesk);
    for (const agent of [sales, helpdesk]) {
      expect(await startPermissionJob(agent, { ...savingsPlansOn, idempotencyKey: key() })).toMatchObject({
        ok: false,
        error: "forbidden",
      });
      // Looking is open to every agent.
      expect((await previewPermissionJob(agent, savingsPlansOn)).ok).toBe(true);
    }
    expect(await getDb().select().from(permissionJobs)).toHaveLength(0);

    const wingtip = await customerTenantId("Wingtip Toys");
    const fabrikam = await actorRef(demo.fabrikamAdmin);
    const picked = { ...savingsPlansOn, selection: { customerIds: [wingtip] }, idempotencyKey: key() };
    expect(await startPermissionJob(fabrikam, picked)).toMatchObject({ error: "not_found" });
    const admin = await actorRef(demo.contosoAdmin);
    const started = await startPermissionJob(admin, picked);
    if (!started.ok) throw new Error(started.error);
    expect(await getPermissionJob(fabrikam, started.data.jobId)).toMatchObject({ error: "not_found" });
    expect(await cancelPermissionJob(fabrikam, { jobId: started.data.jobId })).toMatchObject({ error: "not_found" });
    expect(await eachPermissionJobOutcome(fabrikam, started.data.jobId)).toMatchObject({ error: "not_found" });
  });

  it("starts one job for a request sent twice, and refuses the key for another request", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const request = { ...savingsPlansOn, idempotencyKey: key() };
    const first = await startPermissionJob(admin, request);
    const again = await startPermissionJob(admin, request);
    expect(first.ok && again.ok && again.data.jobId === first.data.jobId).toBe(true);
    expect(await startPermissionJob(admin, { ...request, enabled: false })).toMatchObject({
      error: "idempotency_key_reused",
    });
    const jobs = await listPermissionJobs(admin);
    expect(jobs.ok && jobs.data.map((job) => job.jobId)).toEqual([first.ok && first.data.jobId]);
  });

  it("refuses bad input and selections that name nobody, writing nothing", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const bad = [
      { ...savingsPlansOn, enabled: "true" },
      { ...savingsPlansOn, resource: "AzureEverything" },
      { ...savingsPlansOn, selection: { customerIds: [] } },
      { ...savingsPlansOn, selection: { customerIds: ["not-a-guid"] } },
      { ...savingsPlansOn, selection: { search: "x".repeat(101) } },
      { ...savingsPlansOn, selection: { customerIds: Array.from({ length: 1001 }, () => crypto.randomUUID()) } },
      { ...savingsPlansOn, selection: { search: "zzzz-no-such-company" } },
    ];
    for (const input of bad) {
      expect(await startPermissionJob(admin, { ...input, idempotencyKey: key() })).toMatchObject({
        ok: false,
        error: "invalid_input",
      });
    }
    expect(await getDb().select().from(permissionJobs)).toHaveLength(0);
  });

  it("fails the rest of a job whose starter may no longer change permissions, changing nothing more", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const started = await startPermissionJob(admin, { ...savingsPlansOn, idempotencyKey: key() });
    if (!started.ok) throw new Error(started.error);
    await getDb()
      .update(partnerUsers)
      .set({ role: "sales_agent" })
      .where(eq(partnerUsers.id, await partnerUserId(demo.contosoAdmin)));
    await runPermissionJobs({ size: 50, pauseMs: 0 });
    const [job] = await getDb().select().from(permissionJobs);
    expect(job.status).toBe("completed");
    const outcomes = await getDb()
      .selectDistinct({ outcome: permissionJobItems.outcome, reason: permissionJobItems.reason })
      .from(permissionJobItems);
    expect(outcomes).toEqual([{ outcome: "failed", reason: "permissionJobs.reasons.starterMayNoLongerChange" }]);
    expect((await newPermissionEntriesPerCustomer()).size).toBe(0);
  });
});
