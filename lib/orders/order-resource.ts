import type { z } from "zod";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { orderResource } from "@/lib/api/resources";
import { customers, orderLines, orders, subscriptions, type Order, type OrderLine } from "@/db/schema";

/** An order as Partner Center's API shows it; money in integer minor units, as everywhere in Partner Console. */
export type OrderResource = z.output<typeof orderResource>;

/** One of the partner's orders by its order id; null when there is none, or it is another partner's. */
export async function readOrderResource(
  db: Pick<Db, "select">,
  partnerId: number,
  orderId: string,
): Promise<OrderResource | null> {
  const [order] = await db
    .select({ order: orders, customerTenantId: customers.tenantId })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .where(and(eq(orders.orderId, orderId), eq(customers.partnerId, partnerId)))
    .limit(1);
  if (!order) return null;
  const lines = await db
    .select({ line: orderLines, subscriptionId: subscriptions.subscriptionId })
    .from(orderLines)
    .leftJoin(subscriptions, eq(subscriptions.id, orderLines.subscriptionId))
    .where(eq(orderLines.orderId, order.order.id))
    .orderBy(orderLines.id);
  return orderResourceOf(order.order, order.customerTenantId, lines);
}

/** An order and its lines (each with its subscription's id) as the API shows them. */
export function orderResourceOf(
  order: Order,
  customerTenantId: string,
  lines: { line: OrderLine; subscriptionId: string | null }[],
): OrderResource {
  return {
    id: order.orderId,
    referenceCustomerId: customerTenantId,
    creationDate: order.createdAt.toISOString(),
    status: "completed",
    channel: order.channel,
    placedBy: order.placedByEmail,
    currencyCode: order.currency,
    total: { amountMinor: order.totalMinor, currency: order.currency },
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
