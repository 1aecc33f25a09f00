import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { orders, reservations } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { inPartnerReadTransaction, inWriteTransaction } from "@/lib/access/write-transaction";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedReservationId, storedSubscriptionId } from "@/lib/orders/stored-ids";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason, wholeNumber } from "@/lib/validation";
import { categoryCodes, findProduct } from "./catalog";
import { checkReservationPurchase, type CheckedPurchase } from "./check-reservation-purchase";
import { checkReturnable, valueOfReturn } from "./refund-reservation";
import { catalogFailure, checkAgainstCatalog, reservationChoiceInput } from "./reservation-choice";
import { canExchange, exchangeCoversReturn } from "./return-rules";
import { writeReservationOrder, type ReturnedInExchange } from "./write-reservation-purchase";

export const exchangeQuoteInput = z.object({
  reservationId: microsoftId,
  /** How many units of the reservation are given back. */
  quantity: wholeNumber({
    whole: reason("reservations.errors.quantityWhole"),
    tooSmall: reason("reservations.errors.returnAtLeastOne"),
  }),
  /** What is bought instead, chosen as in "Purchase reservations". */
  target: reservationChoiceInput,
});

export type ExchangeQuote = {
  returnedQuantity: number;
  /** What the returned part is credited: its prorated residual value. */
  creditMinor: number;
  /** Billed monthly: the returned part's payments not yet due, cancelled by the exchange (0 when paid up front). */
  futurePaymentsCancelledMinor: number;
  /** What the new reservation must at least commit to: the returned part's remaining commitment. */
  remainingCommitmentMinor: number;
  productName: string;
  /** The new reservation's lifetime commitment, at the partner's price today; its term starts now. */
  newCommitmentMinor: number;
  /** What the exchange order comes to: the new commitment less the credit and the cancelled future payments. */
  netMinor: number;
  coversReturn: boolean;
  currency: string;
};

type Checked = { quote: ExchangeQuote; purchase: CheckedPurchase; returned: ReturnedInExchange };

async function checkExchange(
  tx: Tx,
  actor: PartnerActor,
  input: z.output<typeof exchangeQuoteInput>,
  now: Date,
): Promise<Result<Checked>> {
  const found = await checkReturnable(tx, actor, input.reservationId, input.quantity, now);
  if (!found.ok) return found;
  const { reservation, customer } = found.data;
  const catalog = checkAgainstCatalog(input.target);
  if (!catalog.ok) return catalogFailure(catalog.fieldErrors, "target.");
  const returnedProduct = findProduct(reservation.catalogItemId)!;
  if (!canExchange(returnedProduct, catalog.product)) {
    const why = {
      reason: "reservations.errors.exchangeFamily",
      values: { category: categoryCodes[returnedProduct.category], product: catalog.product.name },
    } as const;
    return fail("invalid_input", why.reason, why.values, { "target.catalogItemId": [why] });
  }
  const purchase = await checkReservationPurchase(tx, actor, customer.tenantId, input.target, catalog.product);
  if (!purchase.ok) return purchase;

  // What the new commitment must cover and what the order nets are one figure: the credit and the cancelled
  // payments add up to the remaining commitment, never more (record 015).
  const value = valueOfReturn(found.data, input.quantity, now);
  const remainingCommitmentMinor = value.remainingCommitmentMinor;
  const newCommitmentMinor = purchase.data.price.totalMinor;
  return ok({
    quote: {
      returnedQuantity: input.quantity,
      creditMinor: value.refundMinor,
      futurePaymentsCancelledMinor: value.futurePaymentsMinor,
      remainingCommitmentMinor,
      productName: catalog.product.name,
      newCommitmentMinor,
      netMinor: newCommitmentMinor - remainingCommitmentMinor,
      coversReturn: exchangeCoversReturn(newCommitmentMinor, remainingCommitmentMinor),
      currency: purchase.data.currency,
    },
    purchase: purchase.data,
    returned: { reservation, quantity: input.quantity, amounts: value },
  });
}

/** Azure's calculateExchange: what returning part of a reservation for another would credit and cost, nothing written. */
export async function calculateExchange(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<ExchangeQuote>> {
  const input = parseInput(exchangeQuoteInput, rawInput);
  if (!input.ok) return input;
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<ExchangeQuote>> => {
    const checked = await checkExchange(tx, actor, input.data, now);
    return checked.ok ? ok(checked.data.quote) : checked;
  });
}

export type ReservationExchange = { orderId: string; reservationId: string; netMinor: number; currency: string };

async function readExchange(tx: Tx, orderRowId: number): Promise<ReservationExchange> {
  const [row] = await tx
    .select({ order: orders, reservationId: reservations.reservationId })
    .from(orders)
    .innerJoin(reservations, eq(reservations.orderId, orders.id))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  return {
    orderId: row.order.orderId,
    reservationId: row.reservationId,
    netMinor: row.order.totalMinor,
    currency: row.order.currency,
  };
}

const exchangeReservationInput = exchangeQuoteInput.extend({ idempotencyKey });

/**
 * Exchanges all or part of a reservation for a new one of the same family (Azure's rule): one order crediting the
 * returned part's prorated residual value and charging the new reservation at the partner's price of today, its term
 * starting now. Refused unless the new lifetime commitment covers the returned remaining commitment. No refund pool,
 * no penalty. One transaction with its "Exchange Reservation" entry, once per idempotency key. Admin agents only.
 */
export async function exchangeReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<ReservationExchange>> {
  // A malformed request is answered as such before anyone is looked up.
  const input = parseInput(exchangeReservationInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor) => exchangeReservationWithin(tx, actor, rawInput, now));
}

/**
 * The body of `exchangeReservation`, in the caller's write transaction with the actor it loaded (an approved request
 * runs it so). Takes the input as it came, and checks it.
 */
export async function exchangeReservationWithin(
  tx: Tx,
  actor: PartnerActor,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<ReservationExchange>> {
  const input = parseInput(exchangeReservationInput, rawInput);
  if (!input.ok) return input;
  const { idempotencyKey: key, ...request } = input.data;
  return oncePerIdempotencyKey(tx, {
    actor,
    key,
    operation: "exchange_reservation",
    request: {
      ...request,
      reservationId: await storedReservationId(tx, actor, request.reservationId),
      target: {
        ...request.target,
        billingSubscriptionId: await storedSubscriptionId(tx, actor, request.target.billingSubscriptionId),
      },
    },
    replay: (orderRowId) => readExchange(tx, orderRowId),
    create: async () => {
      const checked = await checkExchange(tx, actor, request, now);
      if (!checked.ok) return checked;
      const { quote, purchase, returned } = checked.data;
      if (!quote.coversReturn) {
        return fail("conflict", "reservations.errors.exchangeNotCovered", {
          newCommitment: { amountMinor: quote.newCommitmentMinor, currency: quote.currency },
          remainingCommitment: { amountMinor: quote.remainingCommitmentMinor, currency: quote.currency },
        });
      }
      const { order } = await writeReservationOrder(tx, actor, purchase, now, returned);
      return ok({ orderRowId: order.id, result: await readExchange(tx, order.id) });
    },
  });
}
