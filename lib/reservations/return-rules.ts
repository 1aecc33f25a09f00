import type { BillingPlan, ReservationTerm } from "@/db/schema";
import { paymentInMonth, spreadOverMonths } from "@/lib/pricing/customer-price";
import { termMonths, type ReservationProduct } from "./catalog";
import { addMonths } from "./term-dates";

/**
 * Azure's self-service exchange and refund policy, as plain rules (decision record 015 gives our reading):
 * what returning part of a reservation is worth, the rolling refund pool, and which exchanges are allowed.
 */

/** USD 50,000 of cancelled commitment in any rolling 12 months. */
export const refundPoolLimitMinor = 5_000_000;
/** Each refund's commitment comes back to the pool this long after it. */
export const refundPoolWindowMs = 365 * 24 * 60 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;
const utcDay = (at: Date) => Math.floor(at.getTime() / dayMs);

/** Exchange families: compute with compute (VMs and App Service), SQL with SQL, Cosmos DB only with Cosmos DB. */
export const exchangeFamilies = {
  "Virtual machines": "compute",
  "App Service": "compute",
  "Azure SQL Database": "sql",
  "Azure Cosmos DB": "cosmos",
} as const satisfies Record<ReservationProduct["category"], string>;

export function canExchange(from: Pick<ReservationProduct, "category">, to: Pick<ReservationProduct, "category">) {
  return exchangeFamilies[from.category] === exchangeFamilies[to.category];
}

export type ReturnedPart = {
  /** What one unit cost for the whole term, as the order line says. */
  unitPriceMinor: number;
  /** How many units the order line bought: billed monthly, its schedule is that line's total spread (record 013). */
  quantityBought: number;
  /** How many units are still held: a return gives back the last of them (earlier returns gave back the ones after). */
  quantityHeld: number;
  /** How many units are returned. */
  quantity: number;
  term: ReservationTerm;
  billingPlan: BillingPlan;
  purchasedAt: Date;
  expiresAt: Date;
};

export type ReturnValue = {
  /** The returned part's whole-term commitment. */
  commitmentMinor: number;
  /** Days of the term, and days not yet begun (the day of the return counts as used). */
  termDays: number;
  remainingDays: number;
  /** The commitment not yet used, prorated by day: what a refund takes from the pool, what an exchange must cover. */
  remainingCommitmentMinor: number;
  /** What has been billed for the returned part so far: everything up front, or its share of the payments due. */
  paidMinor: number;
  /** What is given back: what was paid, less the value of the days used, never below zero. */
  refundMinor: number;
  /**
   * The monthly payments not yet due that the return cancels (0 up front): all of the returned part's, unless the days
   * used are worth more than was paid so far; then only the remaining commitment, and the rest stays due for the days
   * used. With the refund it is always exactly the remaining commitment: a return never releases more than is owed.
   */
  futurePaymentsMinor: number;
};

/** Rounds a share of an amount in integer arithmetic, half away from zero. */
function share(amountMinor: number, numerator: number, denominator: number): number {
  return Math.floor((2 * amountMinor * numerator + denominator) / (2 * denominator));
}

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 1;

/** How many of the units [from, from + count) lie in the cyclic run of `length` units starting at `start`, of `units`. */
function unitsInRun(from: number, count: number, start: number, length: number, units: number): number {
  const overlap = (a: number, b: number) => Math.max(0, Math.min(b, from + count) - Math.max(a, from));
  const end = start + length;
  return end <= units ? overlap(start, end) : overlap(start, units) + overlap(0, end - units);
}

/**
 * Billed monthly: what the order line's schedule still has to bill for units [from, from + count) after `at`. The
 * schedule is the line's total spread over the months (record 013); each month's payment is shared among the units
 * bought in whole cents, its odd cents one each to the next units in turn, so that every unit's shares add up to its
 * unit price and every month's shares to that month's payment: returns come from what was actually billed.
 */
function stillToBill(part: ReturnedPart, from: number, count: number, at: Date): number {
  const units = part.quantityBought;
  const months = termMonths[part.term];
  const payments = spreadOverMonths(part.unitPriceMinor * units, months);
  let next = 0; // the unit the next odd cent goes to
  let left = 0;
  for (let month = 1; month <= months; month++) {
    const payment = paymentInMonth(payments, month);
    const oddCents = payment % units;
    // The first payment falls due at purchase, the next ones on each monthly anniversary.
    if (addMonths(part.purchasedAt, month - 1) > at) {
      left += Math.floor(payment / units) * count + unitsInRun(from, count, next, oddCents, units);
    }
    next = (next + oddCents) % units;
  }
  return left;
}

/** The value of returning part of a reservation at a moment, by Azure's rule: the prorated residual value by day. */
export function returnValue(part: ReturnedPart, at: Date): ReturnValue {
  const { quantity, quantityHeld, quantityBought } = part;
  if (
    ![quantity, quantityHeld, quantityBought].every(isCount) ||
    quantity > quantityHeld ||
    quantityHeld > quantityBought
  ) {
    throw new Error(`Not a quantity: ${quantity} of ${quantityHeld} held, ${quantityBought} bought`);
  }
  const commitmentMinor = part.unitPriceMinor * quantity;
  const termDays = utcDay(part.expiresAt) - utcDay(part.purchasedAt);
  const usedDays = Math.min(termDays, Math.max(0, utcDay(at) - utcDay(part.purchasedAt) + 1));
  const remainingDays = termDays - usedDays;
  // Valued a unit at a time, so that an up-front refund or credit is whole cents a unit, on one line.
  const remainingCommitmentMinor = share(part.unitPriceMinor, remainingDays, termDays) * quantity;
  // The units returned are the last ones held.
  const toBillMinor = part.billingPlan === "monthly" ? stillToBill(part, quantityHeld - quantity, quantity, at) : 0;
  // Paid beyond the days used = remaining commitment − still to bill; below zero the days used are not all paid for:
  // nothing is refunded, and of the payments not yet due only the remaining commitment is cancelled.
  const refundMinor = Math.max(0, remainingCommitmentMinor - toBillMinor);
  return {
    commitmentMinor,
    termDays,
    remainingDays,
    remainingCommitmentMinor,
    paidMinor: commitmentMinor - toBillMinor,
    refundMinor,
    futurePaymentsMinor: remainingCommitmentMinor - refundMinor,
  };
}

export type PastRefund = { at: Date; cancelledCommitmentMinor: number };

/**
 * What is left of the refund pool at a moment: the limit, less the commitment cancelled in the 365 days before — and
 * by any refund recorded with a later time. That one has happened all the same: a refund that waited for another's
 * transaction took its time before it (on another machine, perhaps by another clock), and leaving the other out would
 * let both through, past the limit.
 */
export function refundPoolLeft(refunds: PastRefund[], at: Date): number {
  const used = refunds
    .filter((refund) => at.getTime() - refund.at.getTime() < refundPoolWindowMs)
    .reduce((sum, refund) => sum + refund.cancelledCommitmentMinor, 0);
  return Math.max(0, refundPoolLimitMinor - used);
}

/** An exchange, or a trade-in for a savings plan, needs a new lifetime commitment at least the remaining commitment of what is returned. */
export function exchangeCoversReturn(newCommitmentMinor: number, returnedRemainingCommitmentMinor: number): boolean {
  return newCommitmentMinor >= returnedRemainingCommitmentMinor;
}
