import type { orderLines, Reservation } from "@/db/schema";
import type { ReturnValue } from "./return-rules";

type ReturnedUnit = Pick<ReturnValue, "refundMinor" | "futurePaymentsMinor">;

/**
 * The negative lines of an order that gives back part of a reservation (a refund or the returned side of an
 * exchange): the value given back, and, for a reservation billed monthly, the payments not yet due that the return
 * cancels. Together they are all the customer stops owing, so an order history adds up to what is really paid.
 */
export function returnedLines(
  reservation: Reservation,
  quantity: number,
  perUnit: ReturnedUnit,
  given: { offerName: string; orderRowId: number; cancelledCommitmentMinor?: number },
): (typeof orderLines.$inferInsert)[] {
  const line = {
    orderId: given.orderRowId,
    offerId: reservation.catalogItemId,
    quantity,
    termDuration: reservation.term,
    billingCycle: reservation.billingPlan === "upfront" ? "one_time" : "monthly",
    subscriptionId: reservation.billingSubscriptionId,
    reservationId: reservation.id,
  };
  const lines: (typeof orderLines.$inferInsert)[] = [
    {
      ...line,
      offerName: given.offerName,
      unitPriceMinor: -perUnit.refundMinor,
      cancelledCommitmentMinor: given.cancelledCommitmentMinor,
    },
  ];
  if (perUnit.futurePaymentsMinor > 0) {
    lines.push({
      ...line,
      offerName: `${reservation.productName} reservation: monthly payments not yet due, cancelled`,
      unitPriceMinor: -perUnit.futurePaymentsMinor,
    });
  }
  return lines;
}

/** What the returned lines come to, per unit: the value given back and the future payments cancelled. */
export const releasedPerUnit = (perUnit: ReturnedUnit) => perUnit.refundMinor + perUnit.futurePaymentsMinor;
