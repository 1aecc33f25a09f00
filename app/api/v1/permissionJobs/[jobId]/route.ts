import { NextResponse } from "next/server";
import { permissionJobResourceOf } from "@/lib/api/permission-jobs-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { getPermissionJob } from "@/lib/permission-jobs/get-permission-job";

/** GET /api/v1/permissionJobs/{jobId}: the job and its progress (the job page polls it while it runs). */
export const GET = apiRoute<{ jobId: string }>(async ({ params, actorRef }) => {
  const job = await getPermissionJob(actorRef, params.jobId);
  return job.ok ? NextResponse.json(permissionJobResourceOf(job.data)) : refusal(job);
});
