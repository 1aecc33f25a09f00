import { NextResponse } from "next/server";
import { permissionJobPreviewResourceOf } from "@/lib/api/permission-jobs-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { inEnglish } from "@/lib/i18n/describe";
import { previewPermissionJob } from "@/lib/permission-jobs/preview-permission-job";

/** POST /api/v1/permissionJobs/preview: what a bulk change would do. Nothing is written. */
export const POST = apiRoute(async ({ actorRef, body }) => {
  const preview = await previewPermissionJob(actorRef, body);
  return preview.ok ? NextResponse.json(permissionJobPreviewResourceOf(preview.data, inEnglish)) : refusal(preview);
});
