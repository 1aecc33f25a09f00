import { NextResponse } from "next/server";
import { listAuditRecords } from "@/lib/api/audit-records";
import { collectionOf, presentedContinuationToken } from "@/lib/api/continuation";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/auditrecords?startDate=&endDate=&size=&filter=: Partner Center's audit records, from the Activity log. */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const page = await listAuditRecords(actor, {
    ...query,
    continuationToken: presentedContinuationToken(request) ?? undefined,
  });
  return page.ok ? NextResponse.json(collectionOf(page.data.items, page.data.next, request)) : refusal(page);
});
