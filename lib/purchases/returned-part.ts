import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { orderLines, reservations, type Customer, type Order, type Reservation } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { returnedLines, type ReturnedAmounts } from "@/lib/reservations/returned-lines";
import type { ItemWritten } from "./item-written";

/**
 * Part of a reservation given back in the order that buys its replacement: another reservation (an exchange) or a
 * savings plan (a trade-in).
 */
export type ReturnedPart = {
  reservation: Reservation;
  quantity: number;
  amounts: ReturnedAmounts;
};

/**
 * The returned part of an exchange or trade-in order: its negative lines, the quantity the reservation gives up, and
 * the "Exchange Reservation" or "Trade In Reservation" entry that tells the whole order.
 */
export async function writeReturnedPart(
  tx: Tx,
  actor: Actor,
  parts: { customer: Customer; order: Order; written: ItemWritten; returned: ReturnedPart; at: Date },
): Promise<void> {
  const { customer, order, written, returned, at } = parts;
  const given = returned.reservation;
  const exchange = "reservationId" in written.created;
  await tx.insert(orderLines).values(
    returnedLines(given, returned.quantity, returned.amounts, {
      orderRowId: order.id,
      offerName: exchange
        ? `${given.productName} reservation returned in exchange`
        : `${given.productName} reservation traded in for a savings plan`,
    }),
  );
  const quantityLeft = given.quantity - returned.quantity;
  const status = quantityLeft === 0 ? "exchanged" : "active";
  await tx.update(reservations).set({ quantity: quantityLeft, status }).where(eq(reservations.id, given.id));
  const whole = {
    orderId: order.orderId,
    lineItems: written.lineItems,
    ...written.created,
    total: { amountMinor: order.totalMinor, currency: order.currency },
  };
  await recordActivity(tx, {
    actor,
    customer,
    operationType: exchange ? "exchange_reservation" : "trade_in_reservation",
    resourceType: "reservation",
    oldValue: { id: given.reservationId, quantity: given.quantity, status: given.status },
    newValue: {
      id: given.reservationId,
      quantity: quantityLeft,
      status,
      ...(exchange
        ? {
            exchange: {
              ...whole,
              returned: {
                quantity: returned.quantity,
                creditMinor: returned.amounts.refundMinor,
                futurePaymentsCancelledMinor: returned.amounts.futurePaymentsMinor,
              },
            },
          }
        : {
            tradeIn: { ...whole, returned: { quantity: returned.quantity, creditMinor: returned.amounts.refundMinor } },
          }),
    },
    at,
  });
}
