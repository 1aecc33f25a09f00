import { count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import {
  partnerUsers,
  permissionJobItems,
  permissionJobs,
  type PermissionJobOutcome,
  type PermissionJobStatus,
  type PurchasePermissionResource,
} from "@/db/schema";
import { secondsLeft } from "./permission-job-rules";

export type PermissionJobCounts = Record<PermissionJobOutcome | "waiting" | "total", number>;

/** A job as the Jobs pages and the API show it. Its counts are derived from its items at each read, never stored. */
export type PermissionJobView = {
  jobId: string;
  resource: PurchasePermissionResource;
  enabled: boolean;
  /** The search its customers were chosen by ("" for all customers); null when rows were picked one by one. */
  search: string | null;
  /** How many rows were picked, when they were. */
  pickedCount: number | null;
  startedBy: { email: string; displayName: string };
  startedAt: Date;
  finishedAt: Date | null;
  status: PermissionJobStatus;
  cancelledBy: { email: string; displayName: string } | null;
  counts: PermissionJobCounts;
  secondsLeft: number | null;
};

const starter = alias(partnerUsers, "starter");
const canceller = alias(partnerUsers, "canceller");

/** The jobs that match as views, newest first; a job's row and its people in one read, its counts in one more for all. */
export async function readJobViews(
  db: Pick<Db, "select">,
  where: SQL | undefined,
  limit: number,
  now = new Date(),
): Promise<PermissionJobView[]> {
  const rows = await db
    .select({
      id: permissionJobs.id,
      jobId: permissionJobs.jobId,
      resource: permissionJobs.resource,
      enabled: permissionJobs.enabled,
      search: permissionJobs.search,
      startedAt: permissionJobs.createdAt,
      finishedAt: permissionJobs.finishedAt,
      status: permissionJobs.status,
      starterEmail: starter.email,
      starterName: starter.displayName,
      cancellerEmail: canceller.email,
      cancellerName: canceller.displayName,
    })
    .from(permissionJobs)
    .innerJoin(starter, eq(starter.id, permissionJobs.startedByPartnerUserId))
    .leftJoin(canceller, eq(canceller.id, permissionJobs.cancelledByPartnerUserId))
    .where(where)
    .orderBy(desc(permissionJobs.createdAt), desc(permissionJobs.id))
    .limit(limit);
  const counts = await readCounts(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const c = counts.get(row.id) ?? emptyCounts();
    const done = c.total - c.waiting;
    const finishedAt = row.finishedAt;
    return {
      jobId: row.jobId,
      resource: row.resource,
      enabled: row.enabled,
      search: row.search,
      pickedCount: row.search === null ? c.total : null,
      startedBy: { email: row.starterEmail, displayName: row.starterName },
      startedAt: row.startedAt,
      finishedAt,
      status: row.status,
      cancelledBy: row.cancellerEmail ? { email: row.cancellerEmail, displayName: row.cancellerName ?? "" } : null,
      counts: c,
      secondsLeft:
        row.status === "running" ? secondsLeft(done, c.waiting, now.getTime() - row.startedAt.getTime()) : null,
    };
  });
}

function emptyCounts(): PermissionJobCounts {
  return { total: 0, changed: 0, unchanged: 0, skipped: 0, failed: 0, waiting: 0 };
}

/** Each job's items counted by outcome: one grouped read over the (job, outcome) index. */
async function readCounts(db: Pick<Db, "select">, jobRowIds: number[]): Promise<Map<number, PermissionJobCounts>> {
  const counts = new Map<number, PermissionJobCounts>();
  if (jobRowIds.length === 0) return counts;
  const rows = await db
    .select({ jobId: permissionJobItems.jobId, outcome: permissionJobItems.outcome, n: count() })
    .from(permissionJobItems)
    .where(inArray(permissionJobItems.jobId, jobRowIds))
    .groupBy(permissionJobItems.jobId, permissionJobItems.outcome);
  for (const row of rows) {
    const c = counts.get(row.jobId) ?? emptyCounts();
    counts.set(row.jobId, c);
    c[row.outcome ?? "waiting"] += Number(row.n);
    c.total += Number(row.n);
  }
  return counts;
}
