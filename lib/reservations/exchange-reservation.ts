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
import type { CheckedPurchase } from "@/lib/purchases/check-purchase";
import type { PurchaseItem } from "@/lib/purchases/purchase-item";
import { checkReturnAndBuy, type ReturnFigures } from "@/lib/purchases/return-and-buy";
import type { ReturnedPart } from "@/lib/purchases/returned-part";
import { writeOrder } from "@/lib/purchases/write-order";
import { catalogFailure, checkAgainstCatalog, reservationChoiceInput } from "./reservation-choice";
import { canExchange } from "./return-rules";

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

/** The exchange's figures, and the product the new reservation is of. */
export type ExchangeQuote = ReturnFigures & { productName: string };

type ReservationItem = Extract<PurchaseItem, { kind: "reservation" }>;

async function checkExchange(
  tx: Tx,
  actor: PartnerActor,
  input: z.output<typeof exchangeQuoteInput>,
  now: Date,
): Promise<Result<{ quote: ExchangeQuote; purchase: CheckedPurchase<ReservationItem>; returned: ReturnedPart }>> {
  const checked = await checkReturnAndBuy(tx, actor, input, now, ({ reservation }): Result<ReservationItem> => {
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
    return ok({ kind: "reservation", choice: input.target, product: catalog.product });
  });
  if (!checked.ok) return checked;
  const { figures, purchase, returned } = checked.data;
  return ok({ quote: { ...figures, productName: purchase.item.product.name }, purchase, returned });
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
      const { order } = await writeOrder(tx, actor, purchase, now, returned);
      return ok({ orderRowId: order.id, result: await readExchange(tx, order.id) });
    },
  });
}
