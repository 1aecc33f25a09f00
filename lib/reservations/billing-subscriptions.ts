import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { roleAssignments, subscriptions } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";

export type BillingSubscriptionOption = { subscriptionId: string; friendlyName: string; status: string };

/**
 * The subscriptions a buyer may pick to bill a reservation to: the customer's Azure plan and Azure Global
 * subscriptions; for a customer user, only those they can see (they hold a role on).
 */
export async function billingSubscriptionOptions(
  actor: Actor,
  customerId: number,
): Promise<BillingSubscriptionOption[]> {
  const db = getDb();
  const azure = and(
    eq(subscriptions.customerId, customerId),
    inArray(subscriptions.offerType, ["azure_plan", "azure_global"]),
  );
  const columns = {
    subscriptionId: subscriptions.subscriptionId,
    friendlyName: subscriptions.friendlyName,
    status: subscriptions.status,
  };
  if (actor.kind === "partner_user") {
    return db.select(columns).from(subscriptions).where(azure).orderBy(asc(subscriptions.createdAt));
  }
  // A subquery, not a join with DISTINCT: PostgreSQL refuses DISTINCT ordered by a column it does not select.
  const held = db
    .select({ subscriptionId: roleAssignments.subscriptionId })
    .from(roleAssignments)
    .where(eq(roleAssignments.customerUserId, actor.id));
  return db
    .select(columns)
    .from(subscriptions)
    .where(and(azure, inArray(subscriptions.id, held)))
    .orderBy(asc(subscriptions.createdAt));
}
