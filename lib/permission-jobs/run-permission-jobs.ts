import { and, asc, eq, inArray, isNull, lt, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  customerPurchasePermissions,
  permissionJobItems,
  permissionJobs,
  type PermissionJobOutcome,
} from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { loadActor, type PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { recordActivities, type NewActivityEntry } from "@/lib/activity/record-activity";
import { backgroundLoop, startBackgroundLoop } from "@/lib/jobs/background-loop";
import { permissionChangeEntry } from "@/lib/customer-permissions/set-customer-purchase-permission";
import type { Reason } from "@/lib/result";
import { readCustomersToChange } from "./customer-states";
import { permissionJobStep } from "./permission-job-rules";

/**
 * How a server works through bulk permission jobs. Each batch is one write transaction that re-reads the job (a
 * cancel stops it before the next batch), decides each of its customers afresh, writes their changes and entries,
 * marks their items done and extends the process's lease: an item is marked in the transaction that changes its
 * customer, so a job resumed after a crash, by this process or another, never changes a customer twice.
 *
 * - PERMISSION_JOB_BATCH_SIZE: customers a batch (500). Bigger batches go faster; on SQLite, where a process has one
 *   connection, each batch holds up that process's other requests while it runs.
 * - PERMISSION_JOB_BATCH_PAUSE_MS: a pause between batches (0), to leave room for interactive requests.
 */
export function batchSettings(env: NodeJS.ProcessEnv = process.env): { size: number; pauseMs: number } {
  return {
    size: wholeSetting(env.PERMISSION_JOB_BATCH_SIZE, 500, 1, 10_000),
    pauseMs: wholeSetting(env.PERMISSION_JOB_BATCH_PAUSE_MS, 0, 0, 60_000),
  };
}

function wholeSetting(value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === "") return fallback;
  if (!/^[0-9]{1,6}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new Error(`A job setting must be a whole number from ${min} to ${max}; got "${value}".`);
  }
  return Number(value);
}

/** How long a process holds a job without finishing a batch before another process may take it over. */
export const leaseMs = 15_000;

/** This process, as a lease names it. */
const processId = crypto.randomUUID();

const unexpectedError: Reason = "permissionJobs.reasons.unexpectedError";
const starterMayNoLongerChange: Reason = "permissionJobs.reasons.starterMayNoLongerChange";

type Job = typeof permissionJobs.$inferSelect;

/** What a batch did: there is more to do, the job ended (finished or cancelled), or another process holds it. */
export type BatchResult = "more" | "ended" | "not_ours";

/** Takes a running job whose lease is free (or already this process's), oldest first; null when there is none. */
export async function claimPermissionJob(owner = processId, now = new Date()): Promise<Job | null> {
  return writeTransaction(async (tx) => {
    const [job] = await tx
      .select()
      .from(permissionJobs)
      .where(
        and(
          eq(permissionJobs.status, "running"),
          or(
            isNull(permissionJobs.leaseUntil),
            lt(permissionJobs.leaseUntil, now),
            eq(permissionJobs.leaseOwner, owner),
          ),
        ),
      )
      .orderBy(asc(permissionJobs.id))
      .limit(1);
    if (!job) return null;
    await tx
      .update(permissionJobs)
      .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) })
      .where(eq(permissionJobs.id, job.id));
    return job;
  });
}

/** Runs the next batch of a job this process has claimed. */
export async function runPermissionJobBatch(jobRowId: number, size: number, owner = processId): Promise<BatchResult> {
  try {
    return await writeTransaction((tx) => runBatch(tx, jobRowId, size, owner, null));
  } catch (error) {
    // One customer the batch could not write must not stop the others: each then goes on its own.
    console.error("Partner Console: a bulk permission batch failed; its customers are tried one by one.", error);
    for (let i = 0; i < size; i += 1) {
      const result = await runAlone(jobRowId, owner);
      if (result !== "more") return result;
    }
    return "more";
  }
}

/** The next waiting customer on its own: changed, or marked failed if even that fails. */
async function runAlone(jobRowId: number, owner: string): Promise<BatchResult> {
  let customerId: number | null = null;
  try {
    return await writeTransaction(async (tx) => {
      customerId = (await waitingCustomerIds(tx, jobRowId, 1))[0] ?? null;
      return runBatch(tx, jobRowId, 1, owner, null);
    });
  } catch (error) {
    if (customerId === null) throw error;
    console.error(`Partner Console: a bulk permission job could not change customer ${customerId}.`, error);
    const failed = customerId;
    return writeTransaction((tx) => runBatch(tx, jobRowId, 1, owner, { customerId: failed, reason: unexpectedError }));
  }
}

function waitingCustomerIds(tx: Tx, jobRowId: number, size: number): Promise<number[]> {
  return tx
    .select({ customerId: permissionJobItems.customerId })
    .from(permissionJobItems)
    .where(and(eq(permissionJobItems.jobId, jobRowId), isNull(permissionJobItems.outcome)))
    .orderBy(asc(permissionJobItems.customerId))
    .limit(size)
    .then((rows) => rows.map((row) => row.customerId));
}

type Done = { customerId: number; outcome: PermissionJobOutcome; reason: Reason | null };

async function runBatch(
  tx: Tx,
  jobRowId: number,
  size: number,
  owner: string,
  failed: { customerId: number; reason: Reason } | null,
): Promise<BatchResult> {
  const [job] = await tx.select().from(permissionJobs).where(eq(permissionJobs.id, jobRowId)).limit(1);
  if (!job || job.status !== "running") return "ended";
  if (job.leaseOwner !== owner) return "not_ours";
  const now = new Date();

  const ids = await waitingCustomerIds(tx, jobRowId, size);
  if (ids.length === 0) {
    await tx
      .update(permissionJobs)
      .set({ status: "completed", finishedAt: now, leaseOwner: null, leaseUntil: null })
      .where(eq(permissionJobs.id, jobRowId));
    return "ended";
  }

  const done: Done[] = failed
    ? [{ ...failed, outcome: "failed" }]
    : await changeCustomers(tx, job, await startersRights(tx, job), ids, now);
  await markDone(tx, jobRowId, done, now);
  await tx
    .update(permissionJobs)
    .set({ leaseUntil: new Date(now.getTime() + leaseMs) })
    .where(eq(permissionJobs.id, jobRowId));
  return "more";
}

/** The job acts as the Admin agent who started it, as they are now: one who may no longer change permissions stops it. */
async function startersRights(tx: Tx, job: Job): Promise<PartnerActor | null> {
  const actor = await loadActor(tx, { kind: "partner_user", id: job.startedByPartnerUserId });
  return actor?.kind === "partner_user" && can(actor.role, "changeCustomerPermissions") ? actor : null;
}

async function changeCustomers(
  tx: Tx,
  job: Job,
  actor: PartnerActor | null,
  ids: number[],
  now: Date,
): Promise<Done[]> {
  if (!actor) return ids.map((customerId) => ({ customerId, outcome: "failed", reason: starterMayNoLongerChange }));
  const customers = await readCustomersToChange(tx, job.partnerId, ids);
  const done: Done[] = [];
  const changed: number[] = [];
  const entries: NewActivityEntry[] = [];
  for (const customerId of ids) {
    const customer = customers.get(customerId);
    // Customers are never deleted; a row that cannot be read is an error, not a silent skip.
    if (!customer) {
      done.push({ customerId, outcome: "failed", reason: unexpectedError });
      continue;
    }
    const step = permissionJobStep(customer, job.resource, job.enabled);
    done.push({ customerId, outcome: step.outcome, reason: step.outcome === "skipped" ? step.reason : null });
    if (step.outcome !== "changed") continue;
    changed.push(customerId);
    entries.push(
      permissionChangeEntry(actor, customer, {
        resource: job.resource,
        enabled: job.enabled,
        granted: customer.granted,
        at: now,
      }),
    );
  }
  if (changed.length > 0) {
    if (job.enabled) {
      await tx.insert(customerPurchasePermissions).values(
        changed.map((customerId) => ({
          customerId,
          resource: job.resource,
          grantedByPartnerUserId: actor.id,
          grantedAt: now,
        })),
      );
    } else {
      await tx
        .delete(customerPurchasePermissions)
        .where(
          and(
            eq(customerPurchasePermissions.resource, job.resource),
            inArray(customerPurchasePermissions.customerId, changed),
          ),
        );
    }
  }
  await recordActivities(tx, entries);
  return done;
}

/** Marks the items done: one statement for each outcome and reason the batch saw (a handful), not one a customer. */
async function markDone(tx: Tx, jobRowId: number, done: Done[], now: Date): Promise<void> {
  const groups = new Map<string, Done[]>();
  for (const item of done) {
    const key = `${item.outcome}:${item.reason ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const items of groups.values()) {
    const [{ outcome, reason }] = items;
    await tx
      .update(permissionJobItems)
      .set({ outcome, reason, doneAt: now })
      .where(
        and(
          eq(permissionJobItems.jobId, jobRowId),
          inArray(
            permissionJobItems.customerId,
            items.map((item) => item.customerId),
          ),
        ),
      );
  }
}

/** Works through every job this process can claim, one batch at a time, until none is left. */
export async function runPermissionJobs(settings = batchSettings(), owner = processId): Promise<void> {
  for (let job = await claimPermissionJob(owner); job; job = await claimPermissionJob(owner)) {
    while ((await runPermissionJobBatch(job.id, settings.size, owner)) === "more") {
      if (settings.pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.pauseMs));
    }
  }
}

/** Starts this process's runner if it is idle (a job was just started here, or the timer ticked). */
export const wakePermissionJobs = backgroundLoop(
  () => runPermissionJobs(),
  "Partner Console: the bulk permission runner stopped; it starts again at the next tick.",
);

/** How often a server looks for jobs to carry on: those another process left (a crash, a restart) among them. */
const lookEveryMs = 2000;

export function startPermissionJobRunner(): void {
  startBackgroundLoop(wakePermissionJobs, lookEveryMs);
}
