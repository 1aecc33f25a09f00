import { NextResponse } from "next/server";
import { collectionOf, presentedContinuationToken } from "@/lib/api/continuation";
import { permissionJobOutcomeResourceOf, permissionJobOutcomesQuery } from "@/lib/api/permission-jobs-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { inEnglish } from "@/lib/i18n/describe";
import { listPermissionJobOutcomes } from "@/lib/permission-jobs/permission-job-outcomes";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/permissionJobs/{jobId}/customers?size=: what the job did for each customer, continued by token. */
export const GET = apiRoute<{ jobId: string }>(async ({ request, params, actorRef }) => {
  const query = parseInput(permissionJobOutcomesQuery, {
    ...Object.fromEntries(new URL(request.url).searchParams),
    continuationToken: presentedContinuationToken(request) ?? undefined,
  });
  if (!query.ok) return refusal(query);
  const page = await listPermissionJobOutcomes(actorRef, params.jobId, {
    after: query.data.continuationToken,
    limit: query.data.size,
  });
  if (!page.ok) return refusal(page);
  const items = page.data.rows.map((row) => permissionJobOutcomeResourceOf(row, inEnglish));
  return NextResponse.json(collectionOf(items, page.data.next, request));
});
