import { and, eq, gt, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { customers, orderLines, reservations, type Customer, type Reservation } from "@/db/schema";

export type PartnerReservation = {
  reservation: Reservation;
  customer: Customer;
  /** What one unit cost the customer for the whole term, from the order line that bought it. */
  unitPriceMinor: number;
  /** How many units that line bought: billed monthly, its total is what the order's schedule spreads. */
  quantityBought: number;
};

/**
 * One of the partner's reservations by its reservation id, with its customer and the price it was bought at. Another
 * partner's reservation is reported as absent, so that its existence does not leak.
 */
export async function findPartnerReservation(
  db: Pick<Db, "select">,
  partnerId: number,
  reservationId: string,
): Promise<PartnerReservation | null> {
  const [found] = await db
    .select({ reservation: reservations, customer: customers })
    .from(reservations)
    .innerJoin(customers, eq(customers.id, reservations.customerId))
    .where(and(eq(reservations.reservationId, reservationId.toLowerCase()), eq(customers.partnerId, partnerId)))
    .limit(1);
  if (!found) return null;
  const [line] = await db
    .select({ unitPriceMinor: orderLines.unitPriceMinor, quantityBought: orderLines.quantity })
    .from(orderLines)
    .where(
      and(
        eq(orderLines.orderId, found.reservation.orderId),
        // Lines name their reservation; lines written before they did are the order's one priced line.
        or(
          eq(orderLines.reservationId, found.reservation.id),
          and(isNull(orderLines.reservationId), gt(orderLines.unitPriceMinor, 0)),
        ),
      ),
    )
    .limit(1);
  if (line?.unitPriceMinor == null) throw new Error(`Reservation ${reservationId} has no priced order line`);
  return { ...found, unitPriceMinor: line.unitPriceMinor, quantityBought: line.quantityBought };
}
