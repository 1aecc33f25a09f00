import { and, eq } from "drizzle-orm";
import { permissionJobItems, permissionJobs } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { requesterOf, requestHash } from "@/lib/orders/idempotency";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { startPermissionJobInput, tooManyPicked } from "./permission-job-input";
import { selectedCustomerIds } from "./select-customers";

/** Items written per statement when a job starts: 2 values each, far inside both engines' limits. */
const itemsPerInsert = 1000;

/**
 * Starts a bulk change of one permission: the job and one item per customer it covers, fixed now, in one write
 * transaction; the server's job runner then works through them (run-permission-jobs.ts). Admin agents only, as for a
 * single change. The same request sent again with its idempotency key answers the job it started.
 */
export async function startPermissionJob(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<{ jobId: string }>> {
  const input = parseInput(startPermissionJobInput, rawInput);
  if (!input.ok) return input;
  const { idempotencyKey, ...request } = input.data;
  const refused = tooManyPicked(request.selection);
  if (refused) return refused;

  return inWriteTransaction(actorRef, async (tx, actor) => {
    if (!can(actor.role, "changeCustomerPermissions"))
      return fail("forbidden", "permissionJobs.errors.onlyAdminsStart");
    const requester = requesterOf(actor);
    const hash = requestHash(request);
    const [previous] = await tx
      .select({ jobId: permissionJobs.jobId, requestHash: permissionJobs.requestHash })
      .from(permissionJobs)
      .where(and(eq(permissionJobs.requester, requester), eq(permissionJobs.idempotencyKey, idempotencyKey)))
      .limit(1);
    // The unique index on (requester, key) holds when two such requests race: the second one's insert fails.
    if (previous) {
      return previous.requestHash === hash ? ok({ jobId: previous.jobId }) : fail("idempotency_key_reused");
    }

    const ids = await selectedCustomerIds(tx, actor.partnerId, request.selection);
    if (!ids.ok) return ids;
    if (ids.data.length === 0) return fail("invalid_input", "permissionJobs.errors.noCustomers");
    const [job] = await tx
      .insert(permissionJobs)
      .values({
        jobId: crypto.randomUUID(),
        partnerId: actor.partnerId,
        startedByPartnerUserId: actor.id,
        requester,
        idempotencyKey,
        requestHash: hash,
        resource: request.resource,
        enabled: request.enabled,
        search: "search" in request.selection ? request.selection.search : null,
        createdAt: new Date(),
      })
      .returning({ id: permissionJobs.id, jobId: permissionJobs.jobId });
    for (let i = 0; i < ids.data.length; i += itemsPerInsert) {
      await tx
        .insert(permissionJobItems)
        .values(ids.data.slice(i, i + itemsPerInsert).map((customerId) => ({ jobId: job.id, customerId })));
    }
    return ok({ jobId: job.jobId });
  });
}
