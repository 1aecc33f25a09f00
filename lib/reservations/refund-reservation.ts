import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { orderLines, orders, partners, reservations } from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inPartnerReadTransaction, inWriteTransaction } from "@/lib/access/write-transaction";
import { recordActivity } from "@/lib/activity/record-activity";
import { idempotencyKey, oncePerIdempotencyKey } from "@/lib/orders/idempotency";
import { storedReservationId } from "@/lib/orders/stored-ids";
import { fail, ok, type Result } from "@/lib/result";
import { microsoftId, parseInput, reason, wholeNumber } from "@/lib/validation";
import { findPartnerReservation, type PartnerReservation } from "./find-reservation";
import { reservationState } from "./reservation-state";
import { released, returnedLines } from "./returned-lines";
import { refundPoolLeft, returnValue, type PastRefund } from "./return-rules";

export const refundQuoteInput = z.object({
  reservationId: microsoftId,
  quantity: wholeNumber({
    whole: reason("reservations.errors.quantityWhole"),
    tooSmall: reason("reservations.errors.returnAtLeastOne"),
  }),
});

export type RefundQuote = {
  reservationId: string;
  companyName: string;
  quantity: number;
  quantityHeld: number;
  /** What the partner is credited (and may pass on): the prorated residual value of what was paid. */
  refundMinor: number;
  /** Billed monthly: the payments not yet due, cancelled with the refund (0 when paid up front). */
  futurePaymentsCancelledMinor: number;
  /** The remaining commitment cancelled: what the refund takes from the pool. */
  cancelledCommitmentMinor: number;
  poolLeftMinor: number;
  currency: string;
};

/** The customer's refunds of the last 365 days and what each cancelled: the pool is derived from them. */
export async function pastRefunds(db: Pick<Tx, "select">, customerId: number): Promise<PastRefund[]> {
  const rows = await db
    .select({ at: orders.createdAt, cancelledCommitmentMinor: orderLines.cancelledCommitmentMinor })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.customerId, customerId), isNotNull(orderLines.cancelledCommitmentMinor)));
  return rows.map((row) => ({ at: row.at, cancelledCommitmentMinor: row.cancelledCommitmentMinor! }));
}

/**
 * What giving back `quantity` units of a reservation is worth now: its remaining commitment (record 015), and, billed
 * monthly, what its own order line billed and has still to bill for them (record 013), the last units held.
 */
export function valueOfReturn(
  { reservation, unitPriceMinor, quantityBought }: PartnerReservation,
  quantity: number,
  now: Date,
) {
  return returnValue(
    {
      unitPriceMinor,
      quantityBought,
      quantityHeld: reservation.quantity,
      quantity,
      term: reservation.term,
      billingPlan: reservation.billingPlan,
      purchasedAt: reservation.createdAt,
      expiresAt: reservation.expiresAt,
    },
    now,
  );
}

/** A reservation that can still be given back: the partner's, active, and holding that many units. */
export async function checkReturnable(
  db: Pick<Tx, "select">,
  actor: PartnerActor,
  reservationId: string,
  quantity: number,
  now: Date,
): Promise<Result<PartnerReservation>> {
  const found = await findPartnerReservation(db, actor.partnerId, reservationId);
  if (!found) return fail("not_found", "reservations.errors.reservationNotFound");
  if (!can(actor.role, "manageCustomerPurchases")) return fail("forbidden", "reservations.errors.onlyAdminsManage");
  const state = reservationState(found.reservation, now);
  if (state !== "active") return fail("conflict", "reservations.errors.nothingToGiveBack", { state });
  if (quantity > found.reservation.quantity) {
    const why = {
      reason: "reservations.errors.holdsAtMost",
      values: { quantity: found.reservation.quantity },
    } as const;
    return fail("invalid_input", why.reason, why.values, { quantity: [why] });
  }
  return ok(found);
}

async function quoteRefund(
  db: Pick<Tx, "select">,
  actor: PartnerActor,
  input: z.output<typeof refundQuoteInput>,
  now: Date,
) {
  const found = await checkReturnable(db, actor, input.reservationId, input.quantity, now);
  if (!found.ok) return found;
  const { reservation, customer } = found.data;
  const value = valueOfReturn(found.data, input.quantity, now);
  const [{ currency }] = await db
    .select({ currency: partners.currency })
    .from(partners)
    .where(eq(partners.id, actor.partnerId))
    .limit(1);
  const quote: RefundQuote = {
    reservationId: reservation.reservationId,
    companyName: customer.companyName,
    quantity: input.quantity,
    quantityHeld: reservation.quantity,
    refundMinor: value.refundMinor,
    futurePaymentsCancelledMinor: value.futurePaymentsMinor,
    cancelledCommitmentMinor: value.remainingCommitmentMinor,
    poolLeftMinor: refundPoolLeft(await pastRefunds(db, customer.id), now),
    currency,
  };
  return ok({ quote, found: found.data, value });
}

/** Azure's calculateRefund: what cancelling part of a reservation gives back and takes from the pool, nothing written. */
export async function calculateRefund(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<RefundQuote>> {
  const input = parseInput(refundQuoteInput, rawInput);
  if (!input.ok) return input;
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<RefundQuote>> => {
    const quoted = await quoteRefund(tx, actor, input.data, now);
    return quoted.ok ? ok(quoted.data.quote) : quoted;
  });
}

export type ReservationRefund = {
  orderId: string;
  refundMinor: number;
  futurePaymentsCancelledMinor: number;
  currency: string;
};

async function readRefund(tx: Tx, orderRowId: number): Promise<ReservationRefund> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderRowId)).limit(1);
  // The refund lines are those that count against the pool; the others cancel future monthly payments.
  const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderRowId));
  const refundMinor = -lines
    .filter((line) => line.cancelledCommitmentMinor !== null)
    .reduce((sum, line) => sum + line.unitPriceMinor! * line.quantity, 0);
  return {
    orderId: order.orderId,
    refundMinor,
    futurePaymentsCancelledMinor: -order.totalMinor - refundMinor,
    currency: order.currency,
  };
}

const refundReservationInput = refundQuoteInput.extend({ idempotencyKey });

/**
 * Cancels all or part of a reservation (Azure's return): a refund order with negative lines, the reservation's
 * quantity reduced (cancelled when none is left) and a "Refund Reservation" entry, in one transaction, once per
 * idempotency key. Refused when the cancelled commitment is more than is left of the customer's refund pool.
 */
export async function refundReservation(
  actorRef: ActorRef | null,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<ReservationRefund>> {
  // A malformed request is answered as such before anyone is looked up.
  const input = parseInput(refundReservationInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, (tx, actor) => refundReservationWithin(tx, actor, rawInput, now));
}

/**
 * The body of `refundReservation`, in the caller's write transaction with the actor it loaded (an approved request
 * runs it so). Takes the input as it came, and checks it.
 */
export async function refundReservationWithin(
  tx: Tx,
  actor: PartnerActor,
  rawInput: unknown,
  now = new Date(),
): Promise<Result<ReservationRefund>> {
  const input = parseInput(refundReservationInput, rawInput);
  if (!input.ok) return input;
  const { idempotencyKey: key, ...request } = input.data;
  return oncePerIdempotencyKey(tx, {
    actor,
    key,
    operation: "refund_reservation",
    request: { ...request, reservationId: await storedReservationId(tx, actor, request.reservationId) },
    replay: (orderRowId) => readRefund(tx, orderRowId),
    create: () => writeRefund(tx, actor, request, now),
  });
}

/**
 * The writes of a refund, inside the caller's transaction: checked, priced and capped as `refundReservation` does.
 * Exported for the seed, which records past refunds through the same rules.
 */
export async function writeRefund(
  tx: Tx,
  actor: PartnerActor,
  request: z.output<typeof refundQuoteInput>,
  now: Date,
): Promise<Result<{ orderRowId: number; result: ReservationRefund }>> {
  const quoted = await quoteRefund(tx, actor, request, now);
  if (!quoted.ok) return quoted;
  const { quote, found, value } = quoted.data;
  if (quote.cancelledCommitmentMinor > quote.poolLeftMinor) {
    return fail("conflict", "reservations.errors.overRefundLimit", {
      cancelled: { amountMinor: quote.cancelledCommitmentMinor, currency: quote.currency },
      left: { amountMinor: quote.poolLeftMinor, currency: quote.currency },
      customer: quote.companyName,
    });
  }
  const { reservation, customer } = found;
  const [order] = await tx
    .insert(orders)
    .values({
      orderId: crypto.randomUUID(),
      customerId: customer.id,
      channel: "partner",
      placedByPartnerUserId: actor.id,
      placedByEmail: actor.email,
      currency: quote.currency,
      totalMinor: -released(value),
      createdAt: now,
    })
    .returning();
  await tx.insert(orderLines).values(
    returnedLines(reservation, quote.quantity, value, {
      orderRowId: order.id,
      offerName: `${reservation.productName} reservation refund`,
      cancelledCommitmentMinor: quote.cancelledCommitmentMinor,
    }),
  );
  const quantity = reservation.quantity - quote.quantity;
  const status = quantity === 0 ? "cancelled" : "active";
  await tx.update(reservations).set({ quantity, status }).where(eq(reservations.id, reservation.id));
  await recordActivity(tx, {
    actor,
    customer,
    operationType: "refund_reservation",
    resourceType: "reservation",
    oldValue: { id: reservation.reservationId, quantity: reservation.quantity, status: reservation.status },
    newValue: {
      id: reservation.reservationId,
      quantity,
      status,
      refund: { orderId: order.orderId, amountMinor: quote.refundMinor, currency: quote.currency },
      futurePaymentsCancelledMinor: quote.futurePaymentsCancelledMinor,
      cancelledCommitmentMinor: quote.cancelledCommitmentMinor,
    },
    at: now,
  });
  return ok({ orderRowId: order.id, result: await readRefund(tx, order.id) });
}
