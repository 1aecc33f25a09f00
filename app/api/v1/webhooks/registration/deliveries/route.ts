import { NextResponse } from "next/server";
import { webhookDeliveriesPageOf } from "@/lib/api/webhooks-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";
import { listWebhookDeliveries } from "@/lib/webhooks/webhook-deliveries";

/** GET /api/v1/webhooks/registration/deliveries?page=: the delivery log, newest event first, 25 a page. */
export const GET = apiRoute(async ({ request, actorRef }) => {
  const log = await listWebhookDeliveries(actorRef, Object.fromEntries(new URL(request.url).searchParams));
  if (!log.ok) return refusal(log);
  if (!log.data.registration) return refusal(fail("not_found", "webhooks.errors.notRegistered"));
  return NextResponse.json(webhookDeliveriesPageOf(log.data));
});
