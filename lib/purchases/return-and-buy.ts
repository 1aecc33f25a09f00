import type { Tx } from "@/db/client";
import type { PartnerActor } from "@/lib/access/actor";
import type { PartnerReservation } from "@/lib/reservations/find-reservation";
import { checkReturnable, valueOfReturn } from "@/lib/reservations/refund-reservation";
import { exchangeCoversReturn } from "@/lib/reservations/return-rules";
import { ok, type Result } from "@/lib/result";
import { checkPurchase, type CheckedPurchase } from "./check-purchase";
import type { PurchaseItem } from "./purchase-item";
import type { ReturnedPart } from "./returned-part";

/** The figures of giving back part of a reservation for something new, as both previews show them. */
export type ReturnFigures = {
  returnedQuantity: number;
  /** What the returned part is credited: its prorated residual value. */
  creditMinor: number;
  /** Billed monthly: the returned part's payments not yet due, cancelled (0 when paid up front). */
  futurePaymentsCancelledMinor: number;
  /** What the new purchase must at least commit to: the returned part's remaining commitment. */
  remainingCommitmentMinor: number;
  /** The new purchase's lifetime commitment at the partner's price today; its term starts now. */
  newCommitmentMinor: number;
  /** What the order comes to: the new commitment less the credit and the cancelled future payments. */
  netMinor: number;
  coversReturn: boolean;
  currency: string;
};

export type ReturnAndBuy<I extends PurchaseItem> = {
  figures: ReturnFigures;
  purchase: CheckedPurchase<I>;
  returned: ReturnedPart;
};

/**
 * An exchange or a trade-in: part of a reservation given back (Admin agents; it must be returnable now) and a new
 * purchase checked as the partner's own, in one order. `itemFor` says what is bought in its place, or why it can't be.
 * Azure's rule for both: the new lifetime commitment must cover the returned remaining commitment.
 */
export async function checkReturnAndBuy<I extends PurchaseItem>(
  tx: Tx,
  actor: PartnerActor,
  returning: { reservationId: string; quantity: number },
  now: Date,
  itemFor: (found: PartnerReservation) => Promise<Result<I>> | Result<I>,
): Promise<Result<ReturnAndBuy<I>>> {
  const found = await checkReturnable(tx, actor, returning.reservationId, returning.quantity, now);
  if (!found.ok) return found;
  const item = await itemFor(found.data);
  if (!item.ok) return item;
  const purchase = await checkPurchase(tx, actor, found.data.customer.tenantId, item.data, { at: now });
  if (!purchase.ok) return purchase;
  // What the new commitment must cover and what the order nets are one figure: the credit and the cancelled
  // payments add up to the remaining commitment, never more (record 015).
  const value = valueOfReturn(found.data, returning.quantity, now);
  const { remainingCommitmentMinor } = value;
  const newCommitmentMinor = purchase.data.price.totalMinor;
  return ok({
    figures: {
      returnedQuantity: returning.quantity,
      creditMinor: value.refundMinor,
      futurePaymentsCancelledMinor: value.futurePaymentsMinor,
      remainingCommitmentMinor,
      newCommitmentMinor,
      netMinor: newCommitmentMinor - remainingCommitmentMinor,
      coversReturn: exchangeCoversReturn(newCommitmentMinor, remainingCommitmentMinor),
      currency: purchase.data.currency,
    },
    purchase: purchase.data,
    returned: { reservation: found.data.reservation, quantity: returning.quantity, amounts: value },
  });
}
