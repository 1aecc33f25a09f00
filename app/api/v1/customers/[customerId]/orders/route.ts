import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { listOrderResources } from "@/lib/api/customers-api";
import { collectionOf } from "@/lib/api/continuation";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { orderRequestBody, orderRequestInput } from "@/lib/orders/order-request";
import { readOrderResource } from "@/lib/orders/order-resource";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { fail } from "@/lib/result";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";
import { parseInput } from "@/lib/validation";

/**
 * POST /api/v1/customers/{customer tenant id}/orders: Partner Center's order creation, over the same use cases as
 * the dashboard's Buy and Add Azure plan. The Idempotency-Key header is required (IETF httpapi draft): the same
 * key with the same request answers the first order again, with a different request 422.
 */
export const POST = apiRoute<{ customerId: string }>(async ({ request, params, actor, actorRef, body: rawBody }) => {
  const idempotencyKey = request.headers.get("idempotency-key");
  if (!idempotencyKey) {
    const why = { reason: "reservations.errors.orderIdempotencyKeyRequired" } as const;
    return refusal(fail("invalid_input", why.reason, undefined, { "Idempotency-Key": [why] }));
  }
  const body = parseInput(orderRequestBody, rawBody);
  if (!body.ok) return refusal(body);
  const order = orderRequestInput(params.customerId, body.data);
  if (order.kind === "invalid") return refusal(fail("invalid_input", order.reason));

  const result =
    order.kind === "azure_plan"
      ? await purchaseAzurePlan(actorRef, { ...order.input, idempotencyKey })
      : await purchaseReservation(actorRef, { ...order.input, idempotencyKey });
  if (!result.ok) return refusal(result);
  const placed = await readOrderResource(getDb(), actor.partnerId, result.data.orderId);
  return placed
    ? NextResponse.json(placed, { status: 201 })
    : refusal(fail("not_found", "reservations.errors.orderNotFound"));
});

/** GET /api/v1/customers/{customer tenant id}/orders: purchases, refunds, exchanges and renewals, newest first. */
export const GET = apiRoute<{ customerId: string }>(async ({ request, params, actor }) => {
  const found = await listOrderResources(actor, params.customerId);
  return found.ok ? NextResponse.json(collectionOf(found.data, null, request)) : refusal(found);
});
