import { NextResponse } from "next/server";
import { permissionJobResourceOf } from "@/lib/api/permission-jobs-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { cancelPermissionJob } from "@/lib/permission-jobs/cancel-permission-job";

/** POST /api/v1/permissionJobs/{jobId}/cancel: stops a running job; the customers already done keep their change. */
export const POST = apiRoute<{ jobId: string }>(async ({ params, actorRef }) => {
  const job = await cancelPermissionJob(actorRef, { jobId: params.jobId });
  return job.ok ? NextResponse.json(permissionJobResourceOf(job.data)) : refusal(job);
});
