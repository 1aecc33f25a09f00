import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orders, reservations, type Order, type Reservation } from "@/db/schema";
import { spreadOverMonths, type MonthlyPayments } from "@/lib/pricing/customer-price";
import { termMonths } from "./catalog";

export type ReservationPurchaseResult = {
  orderId: string;
  reservationId: string;
  displayName: string;
  totalMinor: number;
  /** How the total is billed month by month, or null when it was paid up front. */
  monthly: MonthlyPayments | null;
  currency: string;
};

/** What a purchase answers, from what it wrote: the same whether it was just bought or is asked for again. */
function purchaseResult(order: Order, reservation: Reservation): ReservationPurchaseResult {
  return {
    orderId: order.orderId,
    reservationId: reservation.reservationId,
    displayName: reservation.displayName,
    totalMinor: order.totalMinor,
    monthly:
      reservation.billingPlan === "monthly" ? spreadOverMonths(order.totalMinor, termMonths[reservation.term]) : null,
    currency: order.currency,
  };
}

/** The result of a reservation purchase already made, by its order's row id. */
export async function readReservationPurchase(tx: Tx, orderRowId: number): Promise<ReservationPurchaseResult> {
  const [row] = await tx
    .select({ order: orders, reservation: reservations })
    .from(orders)
    .innerJoin(reservations, eq(reservations.orderId, orders.id))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  if (!row) throw new Error(`Order ${orderRowId} has no reservation`);
  return purchaseResult(row.order, row.reservation);
}
