import { NextResponse, type NextRequest } from "next/server";
import { refusal } from "@/app/api/v1/respond";
import { getDb } from "@/db/client";
import { getActor, getActorRef } from "@/lib/auth/current-actor";
import { orderRequestBody, orderRequestInput } from "@/lib/orders/order-request";
import { readOrderResource } from "@/lib/orders/order-resource";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { fail } from "@/lib/result";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";
import { parseInput } from "@/lib/validation";

type Params = { params: Promise<{ customerId: string }> };

/**
 * POST /api/v1/customers/{customer tenant id}/orders: Partner Center's order creation, over the same use cases as
 * the dashboard's Buy and Add Azure plan. The Idempotency-Key header is required (IETF httpapi draft): the same
 * key with the same request answers the first order again, with a different request 422.
 */
export async function POST(request: NextRequest, { params }: Params) {
  const actor = await getActor();
  if (!actor) return refusal(fail("unauthenticated"));
  if (actor.kind !== "partner_user") return refusal(fail("forbidden", "This API is for partner users."));
  const idempotencyKey = request.headers.get("idempotency-key");
  if (!idempotencyKey) {
    const message = "Send an Idempotency-Key header (a new UUID per order) with every order.";
    return refusal(fail("invalid_input", message, { "Idempotency-Key": [message] }));
  }
  const body = parseInput(orderRequestBody, await request.json().catch(() => undefined));
  if (!body.ok) return refusal(body);
  const order = orderRequestInput((await params).customerId, body.data);
  if (order.kind === "invalid") return refusal(fail("invalid_input", order.message));

  const actorRef = await getActorRef();
  const result =
    order.kind === "azure_plan"
      ? purchaseAzurePlan(actorRef, { ...order.input, idempotencyKey })
      : purchaseReservation(actorRef, { ...order.input, idempotencyKey });
  if (!result.ok) return refusal(result);
  return NextResponse.json(readOrderResource(getDb(), actor.partnerId, result.data.orderId), { status: 201 });
}
