import { NextResponse } from "next/server";
import { webhookDeliveryResourceOf } from "@/lib/api/webhooks-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { getWebhookDelivery } from "@/lib/webhooks/webhook-deliveries";

/** GET /api/v1/webhooks/registration/validationEvents/{correlationId}: the test event's delivery and its attempts. */
export const GET = apiRoute<{ correlationId: string }>(async ({ params, actorRef }) => {
  const delivery = await getWebhookDelivery(actorRef, { webhookId: params.correlationId });
  return delivery.ok ? NextResponse.json(webhookDeliveryResourceOf(delivery.data)) : refusal(delivery);
});
