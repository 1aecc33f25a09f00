import type { Db } from "@/db/client";
import { activityEntries } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { queueWebhookEvents } from "@/lib/webhooks/queue-webhook-events";
import type { OperationType, ResourceType } from "./operations";

/** Partner Console itself acting on the partner's behalf, e.g. renewing a reservation when it expires. */
export type SystemActor = { kind: "system"; partnerId: number; email: string };

export type NewActivityEntry = {
  /** A partner user, a customer user buying for themselves, or the system; either way the entry is the partner's. */
  actor: Actor | SystemActor;
  customer: { id: number; companyName: string } | null;
  operationType: OperationType;
  resourceType: ResourceType;
  oldValue: unknown;
  newValue: unknown;
  at: Date;
};

/**
 * Appends an activity entry, and the webhook event it makes when the partner wants it (the outbox). Call it inside
 * the transaction that makes the change it records: the change, its entry and its event commit or roll back together.
 */
export async function recordActivity(tx: Pick<Db, "insert" | "select">, entry: NewActivityEntry): Promise<void> {
  await recordActivities(tx, [entry]);
}

/** Appends many entries in one statement (a bulk change's batch), each exactly as `recordActivity` writes it. */
export async function recordActivities(tx: Pick<Db, "insert" | "select">, entries: NewActivityEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map(activityRow);
  // Ids are handed out in the order of the rows within one statement: ascending, they pair up with the rows.
  const ids = (await tx.insert(activityEntries).values(rows).returning({ id: activityEntries.id })).sort(
    (a, b) => a.id - b.id,
  );
  await queueWebhookEvents(
    tx,
    rows.map((row, i) => ({
      entryId: ids[i].id,
      partnerId: row.partnerId,
      customerId: row.customerId ?? null,
      operationType: entries[i].operationType,
      oldValue: entries[i].oldValue,
      newValue: entries[i].newValue,
      at: entries[i].at,
    })),
  );
}

function activityRow(entry: NewActivityEntry): typeof activityEntries.$inferInsert {
  return {
    partnerId: entry.actor.partnerId,
    customerId: entry.customer?.id ?? null,
    customerName: entry.customer?.companyName ?? null,
    actorPartnerUserId: entry.actor.kind === "partner_user" ? entry.actor.id : null,
    actorCustomerUserId: entry.actor.kind === "customer_user" ? entry.actor.id : null,
    actorEmail: entry.actor.email,
    operationType: entry.operationType,
    resourceType: entry.resourceType,
    oldValue: entry.oldValue == null ? null : JSON.stringify(entry.oldValue),
    newValue: entry.newValue == null ? null : JSON.stringify(entry.newValue),
    createdAt: entry.at,
  };
}
