import { and, eq } from "drizzle-orm";
import { permissionJobs } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { readPartnerJobView } from "./get-permission-job";
import { permissionJobIdInput } from "./permission-job-input";
import type { PermissionJobView } from "./permission-job-view";

/**
 * Cancels a running job: the customers already done keep their change, the others are left as they are. Each batch
 * re-reads the job in its own write transaction, so no batch commits after the cancel does. Admin agents only.
 */
export async function cancelPermissionJob(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<PermissionJobView>> {
  const input = parseInput(permissionJobIdInput, rawInput);
  if (!input.ok) return fail("not_found", "permissionJobs.errors.notFound");
  return inWriteTransaction(actorRef, async (tx, actor) => {
    const jobId = input.data.jobId.toLowerCase();
    const [job] = await tx
      .select({ id: permissionJobs.id, status: permissionJobs.status })
      .from(permissionJobs)
      .where(and(eq(permissionJobs.partnerId, actor.partnerId), eq(permissionJobs.jobId, jobId)))
      .limit(1);
    if (!job) return fail("not_found", "permissionJobs.errors.notFound");
    if (!can(actor.role, "changeCustomerPermissions"))
      return fail("forbidden", "permissionJobs.errors.onlyAdminsCancel");
    if (job.status !== "running") return fail("conflict", "permissionJobs.errors.alreadyFinished");
    await tx
      .update(permissionJobs)
      .set({
        status: "cancelled",
        cancelledByPartnerUserId: actor.id,
        finishedAt: new Date(),
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(eq(permissionJobs.id, job.id));
    const view = await readPartnerJobView(tx, actor.partnerId, jobId);
    return view ? ok(view) : fail("not_found", "permissionJobs.errors.notFound");
  });
}
