import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { collectionOf } from "@/lib/api/continuation";
import { purchaseApprovalResourceOf, purchaseApprovalsQuery } from "@/lib/api/purchase-controls-api";
import { findPartnerCustomer } from "@/lib/customers/find-customer";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { listPartnerPurchaseApprovals } from "@/lib/purchase-approvals/list-purchase-approvals";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

/** GET /api/v1/purchaseApprovals?status=pending&customerId=…: customers' purchases submitted for approval. */
export const GET = apiRoute(async ({ request, actor }) => {
  const query = parseInput(purchaseApprovalsQuery, Object.fromEntries(new URL(request.url).searchParams));
  if (!query.ok) return refusal(query);
  const customer = query.data.customerId
    ? await findPartnerCustomer(getDb(), actor.partnerId, query.data.customerId)
    : undefined;
  if (customer === null) return refusal(fail("not_found", "errors.customer_not_found"));
  const rows = await listPartnerPurchaseApprovals(getDb(), actor, {
    status: query.data.status,
    customerId: customer?.id,
  });
  return NextResponse.json(collectionOf(rows.map(purchaseApprovalResourceOf), null, request));
});
