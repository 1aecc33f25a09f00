import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { subscriptions, type Customer, type Subscription } from "@/db/schema";
import { billsAzurePurchases } from "@/lib/customer-permissions/prerequisites";

export type SubscriptionRow = Subscription & { qualifiesForReservations: boolean };

/**
 * The customer's subscriptions, newest first; `azureOnly` keeps the usage-based Azure plan and Azure Global
 * ones, as the article tells partners to look for. The customer must come from a partner-scoped lookup.
 */
export async function listCustomerSubscriptions(
  customer: Customer,
  { azureOnly = false } = {},
): Promise<SubscriptionRow[]> {
  const rows = await getDb()
    .select()
    .from(subscriptions)
    .where(
      and(
        eq(subscriptions.customerId, customer.id),
        azureOnly ? inArray(subscriptions.offerType, ["azure_plan", "azure_global"]) : undefined,
      ),
    )
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id));
  return rows.map((s) => ({ ...s, qualifiesForReservations: billsAzurePurchases(s) }));
}
