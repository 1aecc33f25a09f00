import { NextResponse } from "next/server";
import { collectionOf } from "@/lib/api/continuation";
import { permissionJobResourceOf } from "@/lib/api/permission-jobs-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { getPermissionJob, listPermissionJobs } from "@/lib/permission-jobs/get-permission-job";
import { wakePermissionJobs } from "@/lib/permission-jobs/run-permission-jobs";
import { startPermissionJob } from "@/lib/permission-jobs/start-permission-job";
import { fail } from "@/lib/result";

/**
 * POST /api/v1/permissionJobs: starts a bulk change of one permission, over the same use case as the Customers
 * page's dialog. The Idempotency-Key header is required, as for orders: the same key with the same request answers
 * the job it started, with another request 422.
 */
export const POST = apiRoute(async ({ request, actorRef, body }) => {
  const idempotencyKey = request.headers.get("idempotency-key");
  if (!idempotencyKey) {
    const why = { reason: "permissionJobs.api.idempotencyKeyRequired" } as const;
    return refusal(fail("invalid_input", why.reason, undefined, { "Idempotency-Key": [why] }));
  }
  const started = await startPermissionJob(actorRef, { ...(body as object), idempotencyKey });
  if (!started.ok) return refusal(started);
  wakePermissionJobs();
  const job = await getPermissionJob(actorRef, started.data.jobId);
  return job.ok ? NextResponse.json(permissionJobResourceOf(job.data), { status: 201 }) : refusal(job);
});

/** GET /api/v1/permissionJobs: the partner's latest 100 jobs, newest first, with their counts. */
export const GET = apiRoute(async ({ request, actorRef }) => {
  const jobs = await listPermissionJobs(actorRef);
  return jobs.ok
    ? NextResponse.json(collectionOf(jobs.data.map(permissionJobResourceOf), null, request))
    : refusal(jobs);
});
