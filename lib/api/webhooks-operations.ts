import { z } from "zod";
import type { ApiOperation } from "./operations";
import {
  validationEventResource,
  webhookDeliveriesPage,
  webhookDeliveriesPageQuery,
  webhookDeliveryResource,
  webhookEventNamesResource,
  webhookRegistrationBody,
  webhookRegistrationResource,
  webhookRegistrationUpdateBody,
  webhookRegistrationWithSecretResource,
} from "./webhooks-api";

const path = "/api/v1/webhooks/registration";
const webhookIdSchema = z.string().regex(/^msg_[0-9a-f]{32}$/);
const correlationId = {
  schema: webhookIdSchema,
  description: "The test event's correlation id, as sending it answered.",
};
const webhookId = { schema: webhookIdSchema, description: "The event's webhook-id, as the delivery log shows it." };

const adminsOnly = "Admin agents' keys only (a read-only key is refused changes).";
const ifMatchNote =
  "If-Match is required (428 without it): the ETag of the registration as read; a version changed since is refused with 412 and nothing changes.";

const example = {
  webhookUrl: "https://example.com/partner-console/webhooks",
  webhookEvents: ["customer-purchase-permission-created", "reservation-created"],
};

/**
 * The webhook registration of the partner API, shaped like Partner Center's /webhooks/v1/registration (one
 * registration a partner); lib/api/operations.ts lists them with the rest.
 */
export const webhookOperations: ApiOperation[] = [
  {
    method: "get",
    path,
    operationId: "getWebhookRegistration",
    summary: "Get the webhook registration",
    description: `Where the partner's events are posted, which ones, and whether it is on; never the signing secret. The ETag header (also in attributes.etag) is the version to send back as If-Match. 404 when the partner has none. ${adminsOnly}`,
    tag: "Webhooks",
    etag: "answers",
    success: { status: 200, description: "The registration.", schema: webhookRegistrationResource },
    refusals: [403, 404],
  },
  {
    method: "post",
    path,
    operationId: "createWebhookRegistration",
    summary: "Register the webhook",
    description: `Registers the partner's webhook: events are posted to webhookUrl, signed with the secret this answer carries — the one time it is shown. 409 when the partner already has one (change it with PUT). ${adminsOnly}`,
    tag: "Webhooks",
    etag: "answers",
    body: webhookRegistrationBody,
    example,
    success: {
      status: 201,
      description: "The registration, with its signing secret (shown this once).",
      schema: webhookRegistrationWithSecretResource,
    },
    refusals: [400, 403, 409],
  },
  {
    method: "put",
    path,
    operationId: "updateWebhookRegistration",
    summary: "Change the webhook registration",
    description: `Its URL, its events, on or off. Turning it on again after Partner Console turned it off for failing starts its health afresh. ${ifMatchNote} ${adminsOnly}`,
    tag: "Webhooks",
    etag: "requires",
    body: webhookRegistrationUpdateBody,
    example: { ...example, enabled: true },
    success: { status: 200, description: "The registration as it is now.", schema: webhookRegistrationResource },
    refusals: [400, 403, 404, 412, 428],
  },
  {
    method: "delete",
    path,
    operationId: "deleteWebhookRegistration",
    summary: "Delete the webhook registration",
    description: `Nothing more is sent, and the delivery log goes with it; a new registration gets a new secret. ${ifMatchNote} ${adminsOnly}`,
    tag: "Webhooks",
    etag: "requires",
    success: { status: 204, description: "Deleted." },
    refusals: [403, 404, 412, 428],
  },
  {
    method: "post",
    path: `${path}/secret`,
    operationId: "rotateWebhookSecret",
    summary: "Rotate the signing secret",
    description: `A new signing secret, shown in this answer only. The previous one keeps signing beside it for 24 hours (each event carries both signatures), so the receiver can switch over without losing an event. ${ifMatchNote} ${adminsOnly}`,
    tag: "Webhooks",
    etag: "requires",
    success: {
      status: 200,
      description: "The registration, with its new signing secret (shown this once).",
      schema: webhookRegistrationWithSecretResource,
    },
    refusals: [403, 404, 412, 428],
  },
  {
    method: "get",
    path: `${path}/events`,
    operationId: "listWebhookEvents",
    summary: "List the events one can subscribe to",
    description: `Every event name a registration may ask for (test-created is sent on request only). ${adminsOnly}`,
    tag: "Webhooks",
    success: { status: 200, description: "The event names.", schema: webhookEventNamesResource },
    refusals: [403],
  },
  {
    method: "post",
    path: `${path}/validationEvents`,
    operationId: "sendWebhookValidationEvent",
    summary: "Send a test event",
    description: `Posts a test-created event to the webhook now, whether or not it is enabled, and answers its correlation id, which reads its delivery back. At most one each half-minute (2 a minute, as in Partner Center): 429 with Retry-After sooner. ${adminsOnly}`,
    tag: "Webhooks",
    success: { status: 200, description: "The test event, queued.", schema: validationEventResource },
    refusals: [403, 404],
  },
  {
    method: "get",
    path: `${path}/validationEvents/{correlationId}`,
    operationId: "getWebhookValidationEvent",
    summary: "Get a test event's delivery",
    description: `Its status (pending, delivered or failed) and every attempt with the receiver's answer. ${adminsOnly}`,
    tag: "Webhooks",
    pathParameters: { correlationId },
    success: { status: 200, description: "The event's delivery.", schema: webhookDeliveryResource },
    refusals: [400, 403, 404],
  },
  {
    method: "get",
    path: `${path}/deliveries`,
    operationId: "listWebhookDeliveries",
    summary: "List the webhook's deliveries",
    description: `The delivery log: every event sent or to be sent, newest first, 25 a page, with its attempts. A page past the last answers the last. 404 without a registration. ${adminsOnly}`,
    tag: "Webhooks",
    query: webhookDeliveriesPageQuery,
    success: { status: 200, description: "A page of the delivery log.", schema: webhookDeliveriesPage },
    refusals: [403, 404],
  },
  {
    method: "post",
    path: `${path}/deliveries/{webhookId}/redeliver`,
    operationId: "redeliverWebhookEvent",
    summary: "Send a failed event again",
    description: `Sends a failed event again now, with its original webhook-id (a receiver that had it drops the repeat), retried for another day if it fails. 409 when the event is waiting or was delivered. ${adminsOnly}`,
    tag: "Webhooks",
    pathParameters: { webhookId },
    success: { status: 200, description: "The event's delivery, pending again.", schema: webhookDeliveryResource },
    refusals: [400, 403, 404, 409],
  },
];
