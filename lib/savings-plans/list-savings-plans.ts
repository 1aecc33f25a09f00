import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  customerUsers,
  orderLines,
  orders,
  partnerUsers,
  savingsPlans,
  subscriptions,
  type OrderChannel,
  type SavingsPlan,
} from "@/db/schema";
import { savingsPlanOfferIds } from "./savings-plan-rules";

export type SavingsPlanRow = SavingsPlan & {
  /** Active until its end, expired after: nothing else ends a savings plan. */
  state: "active" | "expired";
  orderNumber: string;
  channel: OrderChannel;
  purchasedBy: string;
  purchasedByName: string | null;
  billingSubscription: { subscriptionId: string; friendlyName: string };
  /** What it was bought for, for its whole term: its own order line. */
  priceMinor: number;
  currency: string;
};

const buyerPartner = alias(partnerUsers, "buyer_partner");
const buyerCustomer = alias(customerUsers, "buyer_customer");

/** A customer's savings plans, newest first, with who bought them. The customer must come from a scoped lookup. */
export async function listSavingsPlans(customerId: number, now = new Date()): Promise<SavingsPlanRow[]> {
  const rows = await getDb()
    .select({
      plan: savingsPlans,
      orderNumber: orders.orderId,
      channel: orders.channel,
      purchasedBy: orders.placedByEmail,
      priceMinor: orderLines.unitPriceMinor,
      currency: orders.currency,
      partnerName: buyerPartner.displayName,
      customerName: buyerCustomer.displayName,
      billingSubscriptionId: subscriptions.subscriptionId,
      billingSubscriptionName: subscriptions.friendlyName,
    })
    .from(savingsPlans)
    .innerJoin(orders, eq(orders.id, savingsPlans.orderId))
    // Its own line: a trade-in order also carries the negative lines of the reservation given for it.
    .innerJoin(
      orderLines,
      and(
        eq(orderLines.orderId, savingsPlans.orderId),
        inArray(orderLines.offerId, Object.values(savingsPlanOfferIds)),
      ),
    )
    .innerJoin(subscriptions, eq(subscriptions.id, savingsPlans.billingSubscriptionId))
    .leftJoin(buyerPartner, eq(buyerPartner.id, orders.placedByPartnerUserId))
    .leftJoin(buyerCustomer, eq(buyerCustomer.id, orders.placedByCustomerUserId))
    .where(eq(savingsPlans.customerId, customerId))
    .orderBy(desc(savingsPlans.createdAt), desc(savingsPlans.id));
  return rows.map(
    ({ plan, partnerName, customerName, billingSubscriptionId, billingSubscriptionName, priceMinor, ...row }) => ({
      ...plan,
      ...row,
      priceMinor: priceMinor!,
      state: plan.expiresAt <= now ? "expired" : "active",
      purchasedByName: customerName ?? partnerName,
      billingSubscription: { subscriptionId: billingSubscriptionId, friendlyName: billingSubscriptionName },
    }),
  );
}
