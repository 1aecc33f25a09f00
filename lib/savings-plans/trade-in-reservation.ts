import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { billingPlans, orders, reservationTerms, savingsPlans, subscriptions } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { inPartnerReadTransaction, inWriteTransaction } from "@/lib/access/write-transaction";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedReservationId } from "@/lib/orders/stored-ids";
import { findProduct } from "@/lib/reservations/catalog";
import { checkReturnable, valueOfReturn } from "@/lib/reservations/refund-reservation";
import type { ReturnedInExchange } from "@/lib/reservations/write-reservation-purchase";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason, wholeNumber } from "@/lib/validation";
import { checkSavingsPlanPurchase, type CheckedSavingsPlanPurchase } from "./check-savings-plan-purchase";
import { writeSavingsPlanPurchase } from "./purchase-savings-plan";
import { canTradeIn, hourlyCommitment, tradeInCovers } from "./savings-plan-rules";

export const tradeInInput = z.object({
  reservationId: microsoftId,
  /** How many units of the reservation are traded in. */
  quantity: wholeNumber({
    whole: reason("savingsPlans.errors.tradeInQuantity"),
    tooSmall: reason("savingsPlans.errors.tradeInAtLeastOne"),
  }),
  /** The savings plan bought instead: billed where the reservation was, scope shared. */
  savingsPlan: z.object({
    hourlyCommitment,
    term: z.enum(reservationTerms, { message: reason("savingsPlans.errors.term") }),
    billingPlan: z.enum(billingPlans, { message: reason("savingsPlans.errors.billingPlan") }),
  }),
});

export type TradeInQuote = {
  returnedQuantity: number;
  /** What the returned part is credited: its prorated residual value. */
  creditMinor: number;
  /** Billed monthly: the returned part's payments not yet due, cancelled (0 when paid up front). */
  futurePaymentsCancelledMinor: number;
  /** What the savings plan must at least commit to: the returned part's remaining commitment. */
  remainingCommitmentMinor: number;
  /** The savings plan's lifetime commitment at the partner's price today; its term starts now. */
  newCommitmentMinor: number;
  netMinor: number;
  coversReturn: boolean;
  currency: string;
};

type Checked = { quote: TradeInQuote; purchase: CheckedSavingsPlanPurchase; returned: ReturnedInExchange };

async function checkTradeIn(
  tx: Tx,
  actor: PartnerActor,
  input: z.output<typeof tradeInInput>,
  now: Date,
): Promise<Result<Checked>> {
  const found = await checkReturnable(tx, actor, input.reservationId, input.quantity, now);
  if (!found.ok) return found;
  const { reservation, customer } = found.data;
  const product = findProduct(reservation.catalogItemId)!;
  if (!canTradeIn(product)) {
    return fail("conflict", "savingsPlans.errors.notCompute", { product: product.name });
  }
  const [billing] = await tx
    .select({ subscriptionId: subscriptions.subscriptionId })
    .from(subscriptions)
    .where(eq(subscriptions.id, reservation.billingSubscriptionId))
    .limit(1);
  const purchase = await checkSavingsPlanPurchase(tx, actor, customer.tenantId, {
    ...input.savingsPlan,
    billingSubscriptionId: billing.subscriptionId,
    scope: "shared",
  });
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
      newCommitmentMinor,
      netMinor: newCommitmentMinor - remainingCommitmentMinor,
      coversReturn: tradeInCovers(newCommitmentMinor, remainingCommitmentMinor),
      currency: purchase.data.currency,
    },
    purchase: purchase.data,
    returned: { reservation, quantity: input.quantity, amounts: value },
  });
}

/** What trading in part of a reservation for a savings plan would credit and cost, nothing written. */
export async function calculateTradeIn(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<TradeInQuote>> {
  const input = parseInput(tradeInInput, rawInput);
  if (!input.ok) return input;
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<TradeInQuote>> => {
    const checked = await checkTradeIn(tx, actor, input.data, now);
    return checked.ok ? ok(checked.data.quote) : checked;
  });
}

export type ReservationTradeIn = { orderId: string; savingsPlanId: string; netMinor: number; currency: string };

async function readTradeIn(tx: Tx, orderRowId: number): Promise<ReservationTradeIn> {
  const [row] = await tx
    .select({ order: orders, savingsPlanId: savingsPlans.savingsPlanId })
    .from(orders)
    .innerJoin(savingsPlans, eq(savingsPlans.orderId, orders.id))
    .where(eq(orders.id, orderRowId))
    .limit(1);
  return {
    orderId: row.order.orderId,
    savingsPlanId: row.savingsPlanId,
    netMinor: row.order.totalMinor,
    currency: row.order.currency,
  };
}

/**
 * Trades in all or part of a compute reservation for a savings plan, as Azure allows: a kind of exchange, so no
 * refund pool and no penalty, one order crediting what is returned and charging the savings plan at the partner's
 * price of today, its term starting now. Refused unless the savings plan's lifetime commitment covers the returned
 * remaining commitment. A savings plan can never be traded back. Admin agents only, once per idempotency key.
 */
export async function tradeInReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<ReservationTradeIn>> {
  const input = parseInput(tradeInInput.extend({ idempotencyKey }), rawInput);
  if (!input.ok) return input;
  const { idempotencyKey: key, ...request } = input.data;
  return inWriteTransaction(actorRef, async (tx, actor) =>
    oncePerIdempotencyKey(tx, {
      actor,
      key,
      operation: "trade_in_reservation",
      request: { ...request, reservationId: await storedReservationId(tx, actor, request.reservationId) },
      replay: (orderRowId) => readTradeIn(tx, orderRowId),
      create: async () => {
        const checked = await checkTradeIn(tx, actor, request, now);
        if (!checked.ok) return checked;
        const { quote, purchase, returned } = checked.data;
        if (!quote.coversReturn) {
          return fail("conflict", "savingsPlans.errors.tradeInTooSmall", {
            commitment: { amountMinor: quote.newCommitmentMinor, currency: quote.currency },
            remaining: { amountMinor: quote.remainingCommitmentMinor, currency: quote.currency },
          });
        }
        const { orderRowId } = await writeSavingsPlanPurchase(tx, actor, purchase, now, returned);
        return ok({ orderRowId, result: await readTradeIn(tx, orderRowId) });
      },
    }),
  );
}
