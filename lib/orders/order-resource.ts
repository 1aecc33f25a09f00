import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, orderLines, orders, subscriptions } from "@/db/schema";

/** An order as Partner Center's API shows it; money in integer minor units, as everywhere in Partner Console. */
export type OrderResource = {
  id: string;
  referenceCustomerId: string;
  creationDate: string;
  status: "completed";
  channel: string;
  placedBy: string;
  currencyCode: string;
  total: { amountMinor: number; currency: string };
  lineItems: {
    lineItemNumber: number;
    offerId: string;
    offerName: string;
    quantity: number;
    termDuration: string | null;
    billingCycle: string | null;
    unitPriceMinor: number | null;
    subscriptionId: string | null;
  }[];
  attributes: { objectType: "Order" };
};

/** One of the partner's orders by its order id; null when there is none, or it is another partner's. */
export function readOrderResource(db: Pick<Db, "select">, partnerId: number, orderId: string): OrderResource | null {
  const order = db
    .select({ order: orders, customerTenantId: customers.tenantId })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.orderId, orderId), eq(customers.partnerId, partnerId)))
    .get();
  if (!order) return null;
  const lines = db
    .select({ line: orderLines, subscriptionId: subscriptions.subscriptionId })
    .from(orderLines)
    .leftJoin(subscriptions, eq(subscriptions.id, orderLines.subscriptionId))
    .where(eq(orderLines.orderId, order.order.id))
    .orderBy(orderLines.id)
    .all();
  return {
    id: order.order.orderId,
    referenceCustomerId: order.customerTenantId,
    creationDate: order.order.createdAt.toISOString(),
    status: "completed",
    channel: order.order.channel,
    placedBy: order.order.placedByEmail,
    currencyCode: order.order.currency,
    total: { amountMinor: order.order.totalMinor, currency: order.order.currency },
    lineItems: lines.map(({ line, subscriptionId }, index) => ({
      lineItemNumber: index,
      offerId: line.offerId,
      offerName: line.offerName,
      quantity: line.quantity,
      termDuration: line.termDuration,
      billingCycle: line.billingCycle,
      unitPriceMinor: line.unitPriceMinor,
      subscriptionId,
    })),
    attributes: { objectType: "Order" },
  };
}
