import type { Db } from "@/db/client";
import type { Order } from "@/db/schema";
import { recordActivity, type NewActivityEntry } from "./record-activity";

/**
 * The "Create Order" entry of a new order, whoever placed it (an agent, a customer user, the auto-renewal): the
 * order's id and channel, then what the placing use case says of it (line items, what was bought, the total).
 */
export function recordOrderCreated(
  tx: Pick<Db, "insert" | "select">,
  entry: Pick<NewActivityEntry, "actor" | "customer" | "at"> & {
    order: Pick<Order, "orderId" | "channel">;
    details: Record<string, unknown>;
  },
): Promise<void> {
  const { actor, customer, at, order, details } = entry;
  return recordActivity(tx, {
    actor,
    customer,
    operationType: "create_order",
    resourceType: "order",
    oldValue: null,
    newValue: { id: order.orderId, channel: order.channel, ...details },
    at,
  });
}
