import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { permissionJobs } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { permissionJobIdInput } from "./permission-job-input";
import { readJobViews, type PermissionJobView } from "./permission-job-view";

/** How many jobs the Jobs list shows, newest first. */
export const jobsListed = 100;

/** One of the partner's jobs with its progress; another partner's is "not found". Every partner user may look. */
export async function getPermissionJob(actorRef: ActorRef | null, jobId: unknown): Promise<Result<PermissionJobView>> {
  const input = parseInput(permissionJobIdInput, { jobId });
  if (!input.ok) return fail("not_found", "permissionJobs.errors.notFound");
  return inPartnerReadTransaction(actorRef, async (tx, actor) => {
    const job = await readPartnerJobView(tx, actor.partnerId, input.data.jobId);
    return job ? ok(job) : fail("not_found", "permissionJobs.errors.notFound");
  });
}

export async function readPartnerJobView(
  db: Pick<Db, "select">,
  partnerId: number,
  jobId: string,
): Promise<PermissionJobView | null> {
  const [job] = await readJobViews(
    db,
    and(eq(permissionJobs.partnerId, partnerId), eq(permissionJobs.jobId, jobId.toLowerCase())),
    1,
  );
  return job ?? null;
}

/** The partner's latest jobs, newest first: who started each, when, for what, and its counts. */
export async function listPermissionJobs(actorRef: ActorRef | null): Promise<Result<PermissionJobView[]>> {
  return inPartnerReadTransaction(actorRef, async (tx, actor) =>
    ok(await readJobViews(tx, eq(permissionJobs.partnerId, actor.partnerId), jobsListed)),
  );
}
