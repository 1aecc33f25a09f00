import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, webhookEvents, webhookRegistrations, type WebhookEventName } from "@/db/schema";
import type { OperationType } from "@/lib/activity/operations";
import { retryWindowMs } from "./delivery-rules";
import { publicAddress } from "./public-address";
import { webhookEventOf } from "./webhook-events";

/** An activity entry just written, with its row id (the audit record the event points to). */
export type WrittenEntry = {
  entryId: number;
  partnerId: number;
  customerId: number | null;
  operationType: OperationType;
  oldValue: unknown;
  newValue: unknown;
  at: Date;
};

/** Partner Center's event body. */
export type WebhookPayload = {
  EventName: WebhookEventName;
  ResourceUri: string;
  ResourceName: string;
  AuditUri: string | null;
  ResourceChangeUtcDate: string;
};

export const newWebhookId = () => `msg_${crypto.randomUUID().replaceAll("-", "")}`;

/** One outbox row, due now, retried for a day. */
export function outboxRow(
  registrationId: number,
  partnerId: number,
  payload: WebhookPayload,
  at: Date,
  extra: Pick<typeof webhookEvents.$inferInsert, "activityEntryId" | "testSlot"> = {},
): typeof webhookEvents.$inferInsert {
  return {
    webhookId: newWebhookId(),
    registrationId,
    partnerId,
    eventName: payload.EventName,
    payload: JSON.stringify(payload),
    nextAttemptAt: at,
    retryUntil: new Date(at.getTime() + retryWindowMs),
    createdAt: at,
    ...extra,
  };
}

/**
 * The transactional outbox: in the transaction that wrote the entries, one event for each entry the partner's
 * enabled webhook wants. A change that rolls back takes its events with it; a change that commits has them.
 */
export async function queueWebhookEvents(tx: Pick<Db, "select" | "insert">, written: WrittenEntry[]): Promise<void> {
  if (written.length === 0) return;
  const partnerId = written[0].partnerId;
  const [registration] = await tx
    .select({ id: webhookRegistrations.id, events: webhookRegistrations.events })
    .from(webhookRegistrations)
    .where(and(eq(webhookRegistrations.partnerId, partnerId), eq(webhookRegistrations.enabled, true)))
    .limit(1);
  if (!registration) return;

  const customerIds = [...new Set(written.flatMap((entry) => (entry.customerId === null ? [] : [entry.customerId])))];
  const tenantIds = new Map(
    customerIds.length === 0
      ? []
      : (
          await tx
            .select({ id: customers.id, tenantId: customers.tenantId })
            .from(customers)
            .where(inArray(customers.id, customerIds))
        ).map((row) => [row.id, row.tenantId]),
  );
  const base = publicAddress();
  const rows = written.flatMap((entry) => {
    const event = webhookEventOf({
      ...entry,
      customerTenantId: entry.customerId === null ? null : (tenantIds.get(entry.customerId) ?? null),
    });
    if (!event || !registration.events.includes(event.eventName)) return [];
    const payload: WebhookPayload = {
      EventName: event.eventName,
      ResourceUri: `${base}${event.resourcePath}`,
      ResourceName: event.resourceName,
      AuditUri: `${base}/api/v1/auditrecords/${entry.entryId}`,
      ResourceChangeUtcDate: entry.at.toISOString(),
    };
    return [outboxRow(registration.id, partnerId, payload, entry.at, { activityEntryId: entry.entryId })];
  });
  if (rows.length > 0) await tx.insert(webhookEvents).values(rows);
}
