import { desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orderLines, orders, type Customer, type Order, type OrderLine } from "@/db/schema";

export type OrderRow = Order & { lines: OrderLine[] };

/** The customer's orders, newest first, with their lines. The customer must come from a partner-scoped lookup. */
export async function listCustomerOrders(customer: Customer): Promise<OrderRow[]> {
  const db = getDb();
  const customerOrders = await db
    .select()
    .from(orders)
    .where(eq(orders.customerId, customer.id))
    .orderBy(desc(orders.createdAt), desc(orders.id));
  if (customerOrders.length === 0) return [];
  const lines = await db
    .select()
    .from(orderLines)
    .where(
      inArray(
        orderLines.orderId,
        customerOrders.map((o) => o.id),
      ),
    );
  return customerOrders.map((order) => ({ ...order, lines: lines.filter((l) => l.orderId === order.id) }));
}
