import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, subscriptions, type Customer, type Subscription } from "@/db/schema";

/**
 * The subscription with this id and its customer, if the customer is this partner's. Looked up by the
 * subscription's own id, so a URL that pairs it with another customer cannot reach it.
 */
export async function findPartnerSubscription(
  db: Pick<Db, "select">,
  partnerId: number,
  subscriptionId: string,
): Promise<{ subscription: Subscription; customer: Customer } | null> {
  const [found] = await db
    .select({ subscription: subscriptions, customer: customers })
    .from(subscriptions)
    .innerJoin(customers, eq(customers.id, subscriptions.customerId))
    .where(and(eq(subscriptions.subscriptionId, subscriptionId.toLowerCase()), eq(customers.partnerId, partnerId)))
    .limit(1);
  return found ?? null;
}
