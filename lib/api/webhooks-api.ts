import { z } from "zod";
import { webhookEventNames, webhookEventStatuses, type WebhookEventName } from "@/db/schema";
import type { PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { fail, ok, type Failure, type Result } from "@/lib/result";
import type { WebhookDeliveryLog, WebhookDeliveryView } from "@/lib/webhooks/webhook-deliveries";
import {
  subscribableEvents,
  webhookEvents,
  webhookUrl,
  type WebhookRegistrationView,
} from "@/lib/webhooks/webhook-registration";
import { reason } from "@/lib/validation";
import { etagOf, versionFromIfMatch } from "./purchase-controls-api";

// The webhook registration of the partner API, shaped like Partner Center's (/webhooks/v1/registration): the
// registration (one a partner), the secret shown once, the events one can subscribe to, and each event's delivery.
// A registration is versioned settings: its ETag is its version, and a change sends it back as If-Match.

/**
 * The version a change is based on, from If-Match, as the purchase controls read it: without If-Match 428; with one
 * that names no version, 412 (a stale one is refused 412 when the use case finds it changed).
 */
export function versionOfIfMatch(request: Request): { ok: true; version: number } | Failure {
  const ifMatch = request.headers.get("if-match");
  if (!ifMatch) return fail("precondition_required");
  const version = versionFromIfMatch(ifMatch);
  return version === null ? fail("precondition_failed") : { ok: true, version };
}

/** A use case's refusal as the API answers it: a version changed since If-Match is HTTP's 412. */
export const asPrecondition = (failure: Failure): Failure =>
  failure.error === "edit_conflict" ? fail("precondition_failed") : failure;

const instant = z.iso.datetime({ offset: true });
const eventName = z.enum(webhookEventNames);

export const webhookRegistrationResource = z
  .object({
    webhookUrl: z.string().describe("Where the events are posted (https)."),
    webhookEvents: z.array(eventName).describe("The events the partner is sent."),
    enabled: z.boolean().describe("false: nothing is sent (events are not queued) until it is turned on again."),
    disabledForFailuresAt: instant
      .nullable()
      .describe("When Partner Console turned the webhook off after a day of failed deliveries; null if it did not."),
    previousSecretValidUntil: instant
      .nullable()
      .describe("After a rotation: until when the previous secret still signs beside the new one."),
    failingSince: instant.nullable().describe("Since when deliveries have been failing; null while they succeed."),
    createdAt: instant,
    attributes: z.object({ objectType: z.literal("WebhookRegistration"), etag: z.string() }),
  })
  .meta({ id: "WebhookRegistration" });

export const webhookRegistrationWithSecretResource = webhookRegistrationResource
  .extend({
    signingSecret: z
      .string()
      .describe(
        "The secret that signs every event (Standard Webhooks: webhook-signature). Shown in this answer only: keep it now, or rotate it for a new one.",
      ),
  })
  .meta({ id: "WebhookRegistrationWithSecret" });

const enabledField = z.boolean({ message: reason("webhooks.errors.enabledBoolean") });

/** POST's body, in Partner Center's words (WebhookUrl, WebhookEvents), camelCase as the rest of the API. */
export const webhookRegistrationBody = z
  .object({
    webhookUrl: webhookUrl.describe("https URL that receives the events."),
    webhookEvents: webhookEvents.describe("The events to send (GET …/registration/events lists them)."),
    enabled: enabledField.optional().describe("true when absent."),
  })
  .meta({ id: "WebhookRegistrationRequest" });

/** PUT's body: the registration whole; the version is the If-Match header's. */
export const webhookRegistrationUpdateBody = z
  .object({ webhookUrl, webhookEvents, enabled: enabledField })
  .meta({ id: "WebhookRegistrationUpdate" });

export function webhookRegistrationResourceOf(
  registration: WebhookRegistrationView,
): z.output<typeof webhookRegistrationResource> {
  return {
    webhookUrl: registration.url,
    webhookEvents: registration.events,
    enabled: registration.enabled,
    disabledForFailuresAt: registration.disabledForFailuresAt?.toISOString() ?? null,
    previousSecretValidUntil: registration.previousSecretUntil?.toISOString() ?? null,
    failingSince: registration.failingSince?.toISOString() ?? null,
    createdAt: registration.createdAt.toISOString(),
    attributes: { objectType: "WebhookRegistration", etag: etagOf(registration.version) },
  };
}

export function webhookRegistrationWithSecretOf(
  registration: WebhookRegistrationView & { secret: string },
): z.output<typeof webhookRegistrationWithSecretResource> {
  return { ...webhookRegistrationResourceOf(registration), signingSecret: registration.secret };
}

export const webhookEventNamesResource = z
  .object({
    totalCount: z.int().nonnegative(),
    items: z.array(eventName),
    attributes: z.object({ objectType: z.literal("Collection") }),
  })
  .meta({ id: "WebhookEventNameCollection" });

/** GET …/registration/events: the events a registration may ask for, to Admin agents as the rest of webhooks. */
export function listSubscribableEvents(actor: PartnerActor): Result<z.output<typeof webhookEventNamesResource>> {
  if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
  const items: WebhookEventName[] = [...subscribableEvents];
  return ok({ totalCount: items.length, items, attributes: { objectType: "Collection" } });
}

export const validationEventResource = z
  .object({
    correlationId: z
      .string()
      .describe("The test event's webhook-id: read its delivery at …/registration/validationEvents/{correlationId}."),
  })
  .meta({ id: "WebhookValidationEvent" });

/** Partner Center's event body, as it was posted. */
const webhookPayloadResource = z
  .object({
    EventName: eventName,
    ResourceUri: z.string().describe("The API address that reads the resource as it is now."),
    ResourceName: z.string(),
    AuditUri: z.string().nullable().describe("The audit record of the change (GET /api/v1/auditrecords/{id})."),
    ResourceChangeUtcDate: instant,
  })
  .meta({ id: "WebhookEventPayload" });

export const webhookDeliveryResource = z
  .object({
    webhookId: z.string().describe("The event's webhook-id header (a test event's correlation id)."),
    eventName,
    status: z.enum(webhookEventStatuses).describe("pending (waiting or being retried), delivered, or failed."),
    payload: webhookPayloadResource,
    attempts: z.array(
      z.object({
        attemptedAt: instant,
        statusCode: z.int().nullable().describe("The receiver's HTTP status; null when it could not be reached."),
        error: z.string().nullable(),
        responseBody: z.string().nullable().describe("The start of the receiver's answer."),
        durationMs: z.int().nonnegative(),
      }),
    ),
    nextAttemptAt: instant.nullable().describe("While pending: when it is sent next."),
    lastStatusCode: z.int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: instant.nullable(),
    createdAt: instant,
    attributes: z.object({ objectType: z.literal("WebhookDelivery") }),
  })
  .meta({ id: "WebhookDelivery" });

export function webhookDeliveryResourceOf(delivery: WebhookDeliveryView): z.output<typeof webhookDeliveryResource> {
  return {
    webhookId: delivery.webhookId,
    eventName: delivery.eventName,
    status: delivery.status,
    payload: JSON.parse(delivery.payload) as z.output<typeof webhookPayloadResource>,
    attempts: delivery.attempts.map((attempt) => ({
      attemptedAt: attempt.attemptedAt.toISOString(),
      statusCode: attempt.status,
      error: attempt.error,
      responseBody: attempt.responseBody,
      durationMs: attempt.durationMs,
    })),
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: delivery.lastStatus,
    lastError: delivery.lastError,
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
    attributes: { objectType: "WebhookDelivery" },
  };
}

export const webhookDeliveriesPage = z
  .object({
    page: z.int().positive(),
    pageCount: z.int().positive(),
    items: z.array(webhookDeliveryResource).describe("Newest first, 25 a page."),
    attributes: z.object({ objectType: z.literal("Collection") }),
  })
  .meta({ id: "WebhookDeliveryCollection" });

export function webhookDeliveriesPageOf(log: WebhookDeliveryLog): z.output<typeof webhookDeliveriesPage> {
  return {
    page: log.page,
    pageCount: log.pageCount,
    items: log.deliveries.map(webhookDeliveryResourceOf),
    attributes: { objectType: "Collection" },
  };
}

/** GET …/deliveries?page=: as the use case reads it (a page past the last is the last). */
export const webhookDeliveriesPageQuery = z.object({
  page: z.int().min(1).optional().describe("From 1; 1 when absent."),
});
