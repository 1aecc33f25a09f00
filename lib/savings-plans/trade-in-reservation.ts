import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { billingPlans, orders, reservationTerms, savingsPlans, subscriptions } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { inPartnerReadTransaction, inWriteTransaction } from "@/lib/access/write-transaction";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedReservationId } from "@/lib/orders/stored-ids";
import { findProduct } from "@/lib/reservations/catalog";
import type { CheckedPurchase } from "@/lib/purchases/check-purchase";
import type { PurchaseItem } from "@/lib/purchases/purchase-item";
import { checkReturnAndBuy, type ReturnFigures } from "@/lib/purchases/return-and-buy";
import type { ReturnedPart } from "@/lib/purchases/returned-part";
import { writeOrder } from "@/lib/purchases/write-order";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason, wholeNumber } from "@/lib/validation";
import { canTradeIn, hourlyCommitment } from "./savings-plan-rules";

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

/** The trade-in's figures: the savings plan's commitment must cover what is returned. */
export type TradeInQuote = ReturnFigures;

type SavingsPlanItem = Extract<PurchaseItem, { kind: "savings_plan" }>;

async function checkTradeIn(
  tx: Tx,
  actor: PartnerActor,
  input: z.output<typeof tradeInInput>,
  now: Date,
): Promise<Result<{ quote: TradeInQuote; purchase: CheckedPurchase<SavingsPlanItem>; returned: ReturnedPart }>> {
  const checked = await checkReturnAndBuy(tx, actor, input, now, async ({ reservation }) => {
    const product = findProduct(reservation.catalogItemId)!;
    if (!canTradeIn(product)) return fail("conflict", "savingsPlans.errors.notCompute", { product: product.name });
    // Billed where the reservation was, scope shared.
    const [billing] = await tx
      .select({ subscriptionId: subscriptions.subscriptionId })
      .from(subscriptions)
      .where(eq(subscriptions.id, reservation.billingSubscriptionId))
      .limit(1);
    const choice = { ...input.savingsPlan, billingSubscriptionId: billing.subscriptionId, scope: "shared" as const };
    return ok<SavingsPlanItem>({ kind: "savings_plan", choice });
  });
  if (!checked.ok) return checked;
  const { figures, purchase, returned } = checked.data;
  return ok({ quote: figures, purchase, returned });
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
        const { order } = await writeOrder(tx, actor, purchase, now, returned);
        return ok({ orderRowId: order.id, result: await readTradeIn(tx, order.id) });
      },
    }),
  );
}
