import { NextResponse } from "next/server";
import { etagOf } from "@/lib/api/purchase-controls-api";
import {
  asPrecondition,
  versionOfIfMatch,
  webhookRegistrationBody,
  webhookRegistrationResourceOf,
  webhookRegistrationUpdateBody,
  webhookRegistrationWithSecretOf,
} from "@/lib/api/webhooks-api";
import { apiRoute, refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { deleteWebhookRegistration } from "@/lib/webhooks/delete-webhook-registration";
import { getWebhookRegistration } from "@/lib/webhooks/get-webhook-registration";
import { createWebhookRegistration, updateWebhookRegistration } from "@/lib/webhooks/save-webhook-registration";

const location = "/api/v1/webhooks/registration";

/** GET /api/v1/webhooks/registration: the partner's webhook (never its secret) and the ETag to change it with. */
export const GET = apiRoute(async ({ actorRef }) => {
  const registration = await getWebhookRegistration(actorRef);
  if (!registration.ok) return refusal(registration);
  if (!registration.data) return refusal(fail("not_found", "webhooks.errors.notRegistered"));
  return NextResponse.json(webhookRegistrationResourceOf(registration.data), {
    headers: { ETag: etagOf(registration.data.version) },
  });
});

/** POST /api/v1/webhooks/registration: registers the partner's one webhook; its signing secret is answered once. */
export const POST = apiRoute(async ({ actorRef, body: rawBody }) => {
  const body = parseInput(webhookRegistrationBody, rawBody);
  if (!body.ok) return refusal(body);
  const created = await createWebhookRegistration(actorRef, {
    url: body.data.webhookUrl,
    events: body.data.webhookEvents,
    enabled: body.data.enabled,
  });
  if (!created.ok) return refusal(created);
  return NextResponse.json(webhookRegistrationWithSecretOf(created.data), {
    status: 201,
    headers: { ETag: etagOf(created.data.version), Location: location },
  });
});

/**
 * PUT /api/v1/webhooks/registration with If-Match: the ETag of the version read. Without it 428; with a version
 * someone has changed since, 412 and nothing changes.
 */
export const PUT = apiRoute(async ({ request, actorRef, body: rawBody }) => {
  const ifMatch = versionOfIfMatch(request);
  if (!ifMatch.ok) return refusal(ifMatch);
  const body = parseInput(webhookRegistrationUpdateBody, rawBody);
  if (!body.ok) return refusal(body);
  const saved = await updateWebhookRegistration(actorRef, {
    url: body.data.webhookUrl,
    events: body.data.webhookEvents,
    enabled: body.data.enabled,
    version: ifMatch.version,
  });
  if (!saved.ok) return refusal(asPrecondition(saved));
  return NextResponse.json(webhookRegistrationResourceOf(saved.data), {
    headers: { ETag: etagOf(saved.data.version) },
  });
});

/** DELETE /api/v1/webhooks/registration with If-Match: the webhook and its delivery log are gone; 204. */
export const DELETE = apiRoute(async ({ request, actorRef }) => {
  const ifMatch = versionOfIfMatch(request);
  if (!ifMatch.ok) return refusal(ifMatch);
  const deleted = await deleteWebhookRegistration(actorRef, { version: ifMatch.version });
  return deleted.ok ? new NextResponse(null, { status: 204 }) : refusal(asPrecondition(deleted));
});
