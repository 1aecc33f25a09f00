import { and, asc, eq, gt } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { customers, permissionJobItems, permissionJobs, type PermissionJobOutcome } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { continuationToken, readContinuationToken } from "@/lib/api/continuation";
import { fail, ok, type Reason, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { permissionJobIdInput } from "./permission-job-input";

/** What the job did for one customer; a null outcome: its turn has not come (or the job was cancelled first). */
export type PermissionJobOutcomeRow = {
  tenantId: string;
  companyName: string;
  outcome: PermissionJobOutcome | null;
  reason: Reason | null;
  doneAt: Date | null;
};

/** Where a page of outcomes starts: after this customer's row id, as an opaque token. */
const position = z.object({ after: z.number().int().positive() });

async function readPage(db: Pick<Db, "select">, jobRowId: number, after: number, limit: number) {
  const rows = await db
    .select({
      customerId: permissionJobItems.customerId,
      tenantId: customers.tenantId,
      companyName: customers.companyName,
      outcome: permissionJobItems.outcome,
      reason: permissionJobItems.reason,
      doneAt: permissionJobItems.doneAt,
    })
    .from(permissionJobItems)
    .innerJoin(customers, eq(customers.id, permissionJobItems.customerId))
    .where(and(eq(permissionJobItems.jobId, jobRowId), gt(permissionJobItems.customerId, after)))
    .orderBy(asc(permissionJobItems.customerId))
    .limit(limit);
  return rows.map(({ customerId, reason, ...row }) => ({
    customerId,
    row: { ...row, reason: reason as Reason | null },
  }));
}

async function findJobRowId(db: Pick<Db, "select">, partnerId: number, jobId: string): Promise<number | null> {
  const [job] = await db
    .select({ id: permissionJobs.id })
    .from(permissionJobs)
    .where(and(eq(permissionJobs.partnerId, partnerId), eq(permissionJobs.jobId, jobId.toLowerCase())))
    .limit(1);
  return job?.id ?? null;
}

/** One page of a job's outcomes per customer, in a stable order, with the token of the next page. */
export async function listPermissionJobOutcomes(
  actorRef: ActorRef | null,
  jobId: unknown,
  { after, limit = 100 }: { after?: string; limit?: number } = {},
): Promise<Result<{ rows: PermissionJobOutcomeRow[]; next: string | null }>> {
  const input = parseInput(permissionJobIdInput, { jobId });
  if (!input.ok) return fail("not_found", "permissionJobs.errors.notFound");
  const start = after ? readContinuationToken(after, position) : { after: 0 };
  if (!start) return fail("invalid_input", "developers.errors.continuationToken");
  return inPartnerReadTransaction(actorRef, async (tx, actor) => {
    const jobRowId = await findJobRowId(tx, actor.partnerId, input.data.jobId);
    if (jobRowId === null) return fail("not_found", "permissionJobs.errors.notFound");
    const page = await readPage(tx, jobRowId, start.after, limit + 1);
    const rows = page.slice(0, limit);
    const next = page.length > limit ? continuationToken({ after: rows[rows.length - 1].customerId }) : null;
    return ok({ rows: rows.map((item) => item.row), next });
  });
}

/**
 * Every outcome of a job, a thousand rows at a time, for a CSV streamed as it is read: the job is found for this
 * partner first (another partner's is "not found"), and memory stays flat whatever its size.
 */
export async function eachPermissionJobOutcome(
  actorRef: ActorRef | null,
  jobId: unknown,
): Promise<Result<AsyncIterable<PermissionJobOutcomeRow[]>>> {
  const input = parseInput(permissionJobIdInput, { jobId });
  if (!input.ok) return fail("not_found", "permissionJobs.errors.notFound");
  const found = await inPartnerReadTransaction(actorRef, async (tx, actor) => {
    const jobRowId = await findJobRowId(tx, actor.partnerId, input.data.jobId);
    return jobRowId === null ? fail("not_found", "permissionJobs.errors.notFound") : ok(jobRowId);
  });
  if (!found.ok) return found;
  const jobRowId = found.data;
  return ok({
    async *[Symbol.asyncIterator]() {
      for (let after = 0; ;) {
        const page = await readPage(getDb(), jobRowId, after, 1000);
        if (page.length === 0) return;
        yield page.map((item) => item.row);
        after = page[page.length - 1].customerId;
      }
    },
  });
}
