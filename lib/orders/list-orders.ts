import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderLines, orders, type Customer, type Order, type OrderLine } from "@/db/schema";

export type OrderRow = Order & { lines: OrderLine[] };

/** The customer's orders, newest first, with their lines. The customer must come from a partner-scoped lookup. */
export function listCustomerOrders(customer: Customer): OrderRow[] {
  const db = getDb();
  const customerOrders = db
    .select()
    .from(orders)
    .where(eq(orders.customerId, customer.id))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .all();
  if (customerOrders.length === 0) return [];
  const lines = db
    .select()
    .from(orderLines)
    .where(
      inArray(
        orderLines.orderId,
        customerOrders.map((o) => o.id),
      ),
    )
    .all();
  return customerOrders.map((order) => ({ ...order, lines: lines.filter((l) => l.orderId === order.id) }));
}
