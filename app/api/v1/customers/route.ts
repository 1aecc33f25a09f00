import { NextResponse } from "next/server";
import { listCustomerResources } from "@/lib/api/customers-api";
import { collectionOf, presentedContinuationToken } from "@/lib/api/continuation";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/customers?search=&size=: the partner's customers by company name, continued by token. */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const page = await listCustomerResources(actor, {
    ...query,
    continuationToken: presentedContinuationToken(request) ?? undefined,
  });
  return page.ok ? NextResponse.json(collectionOf(page.data.items, page.data.next, request)) : refusal(page);
});
