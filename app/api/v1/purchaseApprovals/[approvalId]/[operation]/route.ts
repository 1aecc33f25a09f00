import { NextResponse } from "next/server";
import { declinePurchaseBody } from "@/lib/api/purchase-controls-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { approvePurchase, declinePurchase } from "@/lib/purchase-approvals/decide-purchase";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";

type Params = { approvalId: string; operation: string };

/**
 * POST /api/v1/purchaseApprovals/{id}/approve (Idempotency-Key required: it buys) and …/decline with a reason, over
 * the same use cases as the Requests inbox.
 */
export const POST = apiRoute<Params>(async ({ request, params, actorRef, body: rawBody }) => {
  if (params.operation === "approve") {
    const idempotencyKey = request.headers.get("idempotency-key");
    if (!idempotencyKey) {
      const why = { reason: "reservations.errors.orderIdempotencyKeyRequired" } as const;
      return refusal(fail("invalid_input", why.reason, undefined, { "Idempotency-Key": [why] }));
    }
    const approved = await approvePurchase(actorRef, { approvalId: params.approvalId, idempotencyKey });
    if (!approved.ok) return refusal(approved);
    const { approvalId, kind, orderId, totalMinor, currency } = approved.data;
    return NextResponse.json({ approvalId, kind, orderId, total: { amountMinor: totalMinor, currency } });
  }
  if (params.operation === "decline") {
    const body = parseInput(declinePurchaseBody, rawBody);
    if (!body.ok) return refusal(body);
    const declined = await declinePurchase(actorRef, { approvalId: params.approvalId, reason: body.data.reason });
    return declined.ok ? NextResponse.json(declined.data) : refusal(declined);
  }
  return refusal(fail("not_found"));
});
