import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { webhookAttempts, webhookEvents, type WebhookEventName, type WebhookEventStatus } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput, reason } from "@/lib/validation";
import { readRegistration, registrationView, type WebhookRegistrationView } from "./webhook-registration";

export type WebhookAttemptView = {
  attemptedAt: Date;
  status: number | null;
  error: string | null;
  responseBody: string | null;
  durationMs: number;
};

export type WebhookDeliveryView = {
  webhookId: string;
  eventName: WebhookEventName;
  payload: string;
  status: WebhookEventStatus;
  attempts: WebhookAttemptView[];
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
};

export const deliveriesPerPage = 25;

export const webhookDeliveriesQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

type EventRow = typeof webhookEvents.$inferSelect;

async function withAttempts(
  tx: Parameters<Parameters<typeof inPartnerReadTransaction>[1]>[0],
  events: EventRow[],
): Promise<WebhookDeliveryView[]> {
  const attempts =
    events.length === 0
      ? []
      : await tx
          .select()
          .from(webhookAttempts)
          .where(
            inArray(
              webhookAttempts.eventId,
              events.map((event) => event.id),
            ),
          )
          .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id));
  return events.map((event) => ({
    webhookId: event.webhookId,
    eventName: event.eventName,
    payload: event.payload,
    status: event.status,
    attempts: attempts
      .filter((attempt) => attempt.eventId === event.id)
      .map(({ attemptedAt, status, error, responseBody, durationMs }) => ({
        attemptedAt,
        status,
        error,
        responseBody,
        durationMs,
      })),
    nextAttemptAt: event.status === "pending" ? event.nextAttemptAt : null,
    lastStatus: event.lastStatus,
    lastError: event.lastError,
    deliveredAt: event.deliveredAt,
    createdAt: event.createdAt,
  }));
}

export type WebhookDeliveryLog = {
  registration: WebhookRegistrationView | null;
  deliveries: WebhookDeliveryView[];
  page: number;
  pageCount: number;
};

/** The partner's webhook and its delivery log, newest event first, a page at a time. Admin agents only. */
export async function listWebhookDeliveries(
  actorRef: ActorRef | null,
  rawQuery: unknown,
): Promise<Result<WebhookDeliveryLog>> {
  const query = parseInput(webhookDeliveriesQuery, rawQuery);
  if (!query.ok) return query;
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<WebhookDeliveryLog>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const registration = await readRegistration(tx, actor.partnerId);
    if (!registration) return ok({ registration: null, deliveries: [], page: 1, pageCount: 1 });
    const [{ total }] = await tx
      .select({ total: count() })
      .from(webhookEvents)
      .where(eq(webhookEvents.registrationId, registration.id));
    const pageCount = Math.max(1, Math.ceil(total / deliveriesPerPage));
    const page = Math.min(query.data.page, pageCount);
    const events = await tx
      .select()
      .from(webhookEvents)
      .where(eq(webhookEvents.registrationId, registration.id))
      .orderBy(desc(webhookEvents.createdAt), desc(webhookEvents.id))
      .limit(deliveriesPerPage)
      .offset((page - 1) * deliveriesPerPage);
    return ok({
      registration: registrationView(registration),
      deliveries: await withAttempts(tx, events),
      page,
      pageCount,
    });
  });
}

export const webhookIdInput = z.object({
  webhookId: z
    .string({ message: reason("webhooks.errors.unknownEvent") })
    .regex(/^msg_[0-9a-f]{32}$/, reason("webhooks.errors.unknownEvent")),
});

/** An event of the partner's, by its webhook-id: another partner's is not found. */
export async function readPartnerEvent(
  tx: Pick<Tx, "select">,
  partnerId: number,
  webhookId: string,
): Promise<EventRow | null> {
  const [event] = await tx
    .select()
    .from(webhookEvents)
    .where(and(eq(webhookEvents.webhookId, webhookId), eq(webhookEvents.partnerId, partnerId)))
    .limit(1);
  return event ?? null;
}

/** One event of the partner's webhook with its attempts: a test event's status by its correlation id, among others. */
export async function getWebhookDelivery(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<WebhookDeliveryView>> {
  const input = parseInput(webhookIdInput, rawInput);
  if (!input.ok) return input;
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<WebhookDeliveryView>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const event = await readPartnerEvent(tx, actor.partnerId, input.data.webhookId);
    if (!event) return fail("not_found", "webhooks.errors.eventNotFound");
    const [view] = await withAttempts(tx, [event]);
    return ok(view);
  });
}
