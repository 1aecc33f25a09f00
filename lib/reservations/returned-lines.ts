import type { orderLines, Reservation } from "@/db/schema";
import type { ReturnValue } from "./return-rules";

/** What a return gives back, for all the units returned. */
export type ReturnedAmounts = Pick<ReturnValue, "refundMinor" | "futurePaymentsMinor">;

/**
 * An amount for `quantity` units as lines of whole cents a unit (unit price × quantity = the line's amount): the odd
 * cents one each on the first units, on a line of their own, as record 013 spreads a total over months.
 */
function perUnit(amountMinor: number, quantity: number): { quantity: number; unitMinor: number }[] {
  const unitMinor = Math.floor(amountMinor / quantity);
  const oddCents = amountMinor - unitMinor * quantity;
  return [
    { quantity: oddCents, unitMinor: unitMinor + 1 },
    { quantity: quantity - oddCents, unitMinor },
  ].filter((part) => part.quantity > 0);
}

/** Rounds a share of an amount half up, in integers: the cancelled commitment a refund line carries for its units. */
const shareOf = (amountMinor: number, part: number, whole: number) =>
  Math.floor((2 * amountMinor * part + whole) / (2 * whole));

/**
 * The negative lines of an order that gives back part of a reservation (a refund or the returned side of an
 * exchange): the value given back, and, for a reservation billed monthly, the payments not yet due that the return
 * cancels. Together they are all the customer stops owing, so an order history adds up to what is really paid. Each
 * is whole cents a unit, so an amount that does not divide by the quantity takes two lines. On a refund, the refund
 * lines carry the commitment cancelled (what counts against the pool), shared by their quantities.
 */
export function returnedLines(
  reservation: Reservation,
  quantity: number,
  amounts: ReturnedAmounts,
  given: { offerName: string; orderRowId: number; cancelledCommitmentMinor?: number },
): (typeof orderLines.$inferInsert)[] {
  const line = {
    orderId: given.orderRowId,
    offerId: reservation.catalogItemId,
    termDuration: reservation.term,
    billingCycle: reservation.billingPlan === "upfront" ? "one_time" : "monthly",
    subscriptionId: reservation.billingSubscriptionId,
    reservationId: reservation.id,
  };
  const refundParts = perUnit(amounts.refundMinor, quantity);
  const cancelled = given.cancelledCommitmentMinor;
  // The first line's units carry their share of the commitment cancelled, a second line the rest: exactly the whole.
  const firstShare = cancelled === undefined ? undefined : shareOf(cancelled, refundParts[0].quantity, quantity);
  const lines: (typeof orderLines.$inferInsert)[] = refundParts.map((part, i) => ({
    ...line,
    offerName: given.offerName,
    quantity: part.quantity,
    // 0 − x, not −x: a refund of nothing is stored as 0, never −0.
    unitPriceMinor: 0 - part.unitMinor,
    cancelledCommitmentMinor: cancelled === undefined || i === 0 ? firstShare : cancelled - firstShare!,
  }));
  if (amounts.futurePaymentsMinor > 0) {
    for (const part of perUnit(amounts.futurePaymentsMinor, quantity)) {
      lines.push({
        ...line,
        offerName: `${reservation.productName} reservation: monthly payments not yet due, cancelled`,
        quantity: part.quantity,
        unitPriceMinor: 0 - part.unitMinor,
      });
    }
  }
  return lines;
}

/** What the returned lines come to: the value given back and the future payments cancelled. */
export const released = (amounts: ReturnedAmounts) => amounts.refundMinor + amounts.futurePaymentsMinor;
