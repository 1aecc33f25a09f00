import { NextResponse } from "next/server";
import { etagOf } from "@/lib/api/purchase-controls-api";
import { asPrecondition, versionOfIfMatch, webhookRegistrationWithSecretOf } from "@/lib/api/webhooks-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

/**
 * POST /api/v1/webhooks/registration/secret with If-Match: a new signing secret, answered once; the previous one
 * keeps signing beside it for 24 hours.
 */
export const POST = apiRoute(async ({ request, actorRef }) => {
  const ifMatch = versionOfIfMatch(request);
  if (!ifMatch.ok) return refusal(ifMatch);
  const rotated = await rotateWebhookSecret(actorRef, { version: ifMatch.version });
  if (!rotated.ok) return refusal(asPrecondition(rotated));
  return NextResponse.json(webhookRegistrationWithSecretOf(rotated.data), {
    headers: { ETag: etagOf(rotated.data.version) },
  });
});
