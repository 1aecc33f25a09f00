import { NextResponse } from "next/server";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { wakeWebhookDelivery } from "@/lib/webhooks/deliver-webhooks";
import { sendTestWebhookEvent, testSlotMs } from "@/lib/webhooks/send-test-webhook-event";

/**
 * POST /api/v1/webhooks/registration/validationEvents: sends a test-created event now and answers its correlation
 * id. At most one each half-minute: 429, with Retry-After at the next half-minute.
 */
export const POST = apiRoute(async ({ actorRef }) => {
  const sent = await sendTestWebhookEvent(actorRef);
  if (!sent.ok) {
    const nextSlot = new Date((Math.floor(Date.now() / testSlotMs) + 1) * testSlotMs);
    return refusal(sent.error === "too_many_attempts" ? { ...sent, retryAt: nextSlot } : sent);
  }
  wakeWebhookDelivery();
  return NextResponse.json(sent.data);
});
