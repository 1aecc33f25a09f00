import type { Db } from "@/db/client";
import { activityEntries } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
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

/** Appends an activity entry. Call it inside the transaction that makes the change it records. */
export async function recordActivity(tx: Pick<Db, "insert">, entry: NewActivityEntry): Promise<void> {
  await tx.insert(activityEntries).values(activityRow(entry));
}

/** Appends many entries in one statement (a bulk change's batch), each exactly as `recordActivity` writes it. */
export async function recordActivities(tx: Pick<Db, "insert">, entries: NewActivityEntry[]): Promise<void> {
  if (entries.length > 0) await tx.insert(activityEntries).values(entries.map(activityRow));
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
