import { NextResponse } from "next/server";
import { webhookDeliveryResourceOf } from "@/lib/api/webhooks-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { wakeWebhookDelivery } from "@/lib/webhooks/deliver-webhooks";
import { redeliverWebhookEvent } from "@/lib/webhooks/redeliver-webhook-event";
import { getWebhookDelivery } from "@/lib/webhooks/webhook-deliveries";

/** POST …/deliveries/{webhookId}/redeliver: a failed event sent again now, with its webhook-id; 409 if not failed. */
export const POST = apiRoute<{ webhookId: string }>(async ({ params, actorRef }) => {
  const redelivered = await redeliverWebhookEvent(actorRef, { webhookId: params.webhookId });
  if (!redelivered.ok) return refusal(redelivered);
  wakeWebhookDelivery();
  const delivery = await getWebhookDelivery(actorRef, { webhookId: redelivered.data.webhookId });
  return delivery.ok ? NextResponse.json(webhookDeliveryResourceOf(delivery.data)) : refusal(delivery);
});
