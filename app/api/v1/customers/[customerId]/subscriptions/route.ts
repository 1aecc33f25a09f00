import { NextResponse } from "next/server";
import { listSubscriptionResources } from "@/lib/api/customers-api";
import { collectionOf } from "@/lib/api/continuation";
import { apiRoute, refusal } from "@/lib/http/api-route";

/** GET /api/v1/customers/{customer tenant id}/subscriptions */
export const GET = apiRoute<{ customerId: string }>(async ({ request, params, actor }) => {
  const found = await listSubscriptionResources(actor, params.customerId);
  return found.ok ? NextResponse.json(collectionOf(found.data, null, request)) : refusal(found);
});
